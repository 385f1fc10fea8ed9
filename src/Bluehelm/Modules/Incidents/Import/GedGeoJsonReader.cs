using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Bluehelm.Modules.Incidents.Import;

/// <summary>
/// UCDP GED as a GeoJSON FeatureCollection (UCDP's <c>GEDEvent_v23_1</c> layer): the codebook columns
/// are each feature's properties, the point is its geometry. Streamed: a buffer holds at most a few
/// features at a time, each parsed on its own, so a 200 MB file never sits in memory.
/// </summary>
internal sealed class GedGeoJsonReader
{
    private const int InitialBuffer = 64 * 1024;

    public async IAsyncEnumerable<ConflictEvent> ReadAsync(Stream stream, EventFile file, ImportProblems problems, [EnumeratorCancellation] CancellationToken ct)
    {
        var parse = new Parse(file, problems);
        var buffer = ArrayPool<byte>.Shared.Rent(InitialBuffer);
        try
        {
            var length = 0;
            var final = false;
            while (!parse.Stopped)
            {
                if (!final)
                {
                    if (length == buffer.Length)
                    {
                        // One feature larger than the buffer: grow it.
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    var read = await stream.ReadAsync(buffer.AsMemory(length), ct);
                    length += read;
                    final = read == 0;
                }

                var consumed = parse.Run(buffer.AsSpan(0, length), final);
                foreach (var e in parse.Events)
                {
                    yield return e;
                }

                parse.Events.Clear();
                buffer.AsSpan(consumed, length - consumed).CopyTo(buffer);
                length -= consumed;
                if (final)
                {
                    parse.Finish();
                    break;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private enum Phase
    {
        Start,
        Top,
        Value,
        Features,
        Done,
    }

    /// <summary>The reader's state between buffers; <see cref="Run"/> reads as far as whole tokens and features go.</summary>
    private sealed class Parse(EventFile file, ImportProblems problems)
    {
        private JsonReaderState _state;
        private Phase _phase = Phase.Start;
        private string? _property;
        private string? _name;
        private GedRowMapper? _mapper;
        private int _row;
        private bool _checkedColumns;

        public List<ConflictEvent> Events { get; } = [];

        public bool Stopped { get; private set; }

        public int Run(ReadOnlySpan<byte> data, bool final)
        {
            var reader = new Utf8JsonReader(data, final, _state);
            try
            {
                while (!Stopped)
                {
                    var before = reader;
                    if (!reader.Read())
                    {
                        break;
                    }

                    if (!Step(ref reader))
                    {
                        reader = before;
                        break;
                    }
                }
            }
            catch (JsonException e)
            {
                // At the end of the data, an unfinished token or object is a file cut short.
                Fatal(final && e.Message.Contains("end of", StringComparison.OrdinalIgnoreCase) ? "file.truncated" : "file.invalid-json", e.Message);
            }

            _state = reader.CurrentState;
            return (int)reader.BytesConsumed;
        }

        public void Finish()
        {
            if (!Stopped && _phase != Phase.Done)
            {
                Fatal("file.truncated", null);
            }
        }

        /// <summary>Handles the token just read; false when the value it starts is not all in the buffer yet.</summary>
        private bool Step(ref Utf8JsonReader reader)
        {
            switch (_phase)
            {
                case Phase.Start when reader.TokenType == JsonTokenType.StartObject:
                    _phase = Phase.Top;
                    return true;
                case Phase.Start:
                    Fatal("file.not-geojson", null);
                    return true;
                case Phase.Top when reader.TokenType == JsonTokenType.EndObject:
                    _phase = Phase.Done;
                    if (_mapper is null)
                    {
                        Fatal("file.not-geojson", null);
                    }

                    return true;
                case Phase.Top:
                    _property = reader.GetString();
                    _phase = Phase.Value;
                    return true;
                case Phase.Value when _property == "features" && reader.TokenType == JsonTokenType.StartArray:
                    _mapper = new GedRowMapper(file.DatasetVersion ?? GedVersion.From(_name) ?? GedVersion.From(file.FileName), problems);
                    _phase = Phase.Features;
                    return true;
                case Phase.Value when _property == "name" && reader.TokenType == JsonTokenType.String:
                    _name = reader.GetString();
                    _phase = Phase.Top;
                    return true;
                case Phase.Value:
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
                    {
                        return false;
                    }

                    _phase = Phase.Top;
                    return true;
                case Phase.Features when reader.TokenType == JsonTokenType.EndArray:
                    _phase = Phase.Top;
                    return true;
                case Phase.Features when reader.TokenType == JsonTokenType.StartObject:
                    if (!JsonDocument.TryParseValue(ref reader, out var feature))
                    {
                        return false;
                    }

                    using (feature)
                    {
                        Feature(feature.RootElement);
                    }

                    return true;
                case Phase.Features:
                    Fatal("file.not-geojson", null);
                    return true;
                default:
                    return true;
            }
        }

        private void Feature(JsonElement feature)
        {
            _row++;
            if (!feature.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new ImportProblem(_row, "properties", "feature.no-properties"));
                return;
            }

            if (!_checkedColumns)
            {
                _checkedColumns = true;
                var missing = GedColumns.Required.Where(c => !properties.TryGetProperty(c, out _)).ToList();
                foreach (var name in missing)
                {
                    problems.AddFatal(new ImportProblem(0, name, "column.missing"));
                }

                if (missing.Count > 0)
                {
                    Stopped = true;
                    return;
                }
            }

            var row = new JsonGedRow(properties, feature);
            if (_mapper!.Map(ref row, _row) is { } e)
            {
                Events.Add(e);
            }
        }

        private void Fatal(string code, string? detail)
        {
            problems.AddFatal(new ImportProblem(_row + (_phase == Phase.Features ? 1 : 0), "", code, detail is null ? null : GedRowMapper.Shorten(detail)));
            Stopped = true;
        }
    }

    /// <summary>A feature's properties by GED column; the point comes from the geometry.</summary>
    private sealed class JsonGedRow : IGedRow
    {
        private readonly string?[] _values = new string?[GedColumns.All.Length];

        public JsonGedRow(JsonElement properties, JsonElement feature)
        {
            for (var i = 0; i < _values.Length; i++)
            {
                if (properties.TryGetProperty(GedColumns.All[i], out var v))
                {
                    _values[i] = Text(v);
                }
            }

            if (feature.TryGetProperty("geometry", out var geometry) && geometry.ValueKind == JsonValueKind.Object
                && geometry.TryGetProperty("coordinates", out var point) && point.ValueKind == JsonValueKind.Array && point.GetArrayLength() >= 2)
            {
                _values[(int)GedField.Longitude] = Text(point[0]);
                _values[(int)GedField.Latitude] = Text(point[1]);
            }
        }

        public bool Has(GedField field) => _values[(int)field] is not null;

        public ReadOnlySpan<char> Span(GedField field) => _values[(int)field];

        public string Text(GedField field) => _values[(int)field] ?? "";

        public string ColumnOf(GedField field) => field is GedField.Latitude or GedField.Longitude ? "geometry" : GedColumns.All[(int)field];

        private static string? Text(JsonElement v) => v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Null or JsonValueKind.Undefined => "",
            _ => v.GetRawText(),
        };
    }
}
