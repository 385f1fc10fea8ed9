using System.Runtime.CompilerServices;
using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Platform.Geo;
using CsvHelper;

namespace Bluehelm.Modules.Incidents.Import;

/// <summary>
/// ACLED CSV files in any of the three schemas (<see cref="AcledSchema"/>), UTF-8 or Latin-1. Each row
/// becomes an event with <c>event_id_cnty</c> as its source id, <c>event_date</c> as its day (the unix
/// <c>timestamp</c> column is when ACLED last changed the row, not when the event happened),
/// <c>time_precision</c> 1/2/3 as day/week/month, the country from <c>iso</c> (ISO 3166 numeric),
/// <c>iso3</c> or the country's English name (never from <c>GWNO</c>, a Gleditsch-Ward number), and
/// the threat from <see cref="AcledThreats"/>. ACLED's own terms are kept: <c>event_type</c>,
/// <c>sub_event_type</c>, <c>civilian_targeting</c>, the actors and the notes.
/// </summary>
internal sealed class AcledReader : IEventFileReader
{
    /// <summary>Every ACLED file feeds one dataset, whatever its schema, so a newer export updates the rows of an older one by event id.</summary>
    public const string Dataset = "ACLED";

    private const int MaxIdLength = 100;

    public string Format => "acled";

    public EventSource Source => EventSource.Acled;

    /// <summary>The schema a header belongs to (for tests and reports).</summary>
    public static AcledSchema Detect(IReadOnlyList<string> header) => AcledColumns.Of(header).Schema;

    public async IAsyncEnumerable<ConflictEvent> ReadAsync(Stream stream, EventFile file, ImportProblems problems, [EnumeratorCancellation] CancellationToken ct)
    {
        var (csv, owned) = await AcledCsv.OpenAsync(stream, hasHeader: true, ct);
        await using var ownedFile = owned;
        using var reader = csv;

        IReadOnlyList<string>? header;
        try
        {
            await csv.ReadHeaderAsync(ct);
            header = csv.Headers;
        }
        catch (CsvFormatException)
        {
            header = null;
        }

        if (header is null)
        {
            problems.AddFatal(new ImportProblem(0, "", ProblemText.CsvMalformed));
            yield break;
        }

        if (header.All(string.IsNullOrWhiteSpace))
        {
            problems.AddFatal(new ImportProblem(0, "", ProblemText.FileEmpty));
            yield break;
        }

        var columns = AcledColumns.Of(header);
        if (columns.Schema == AcledSchema.Unknown)
        {
            problems.AddFatal(new ImportProblem(0, "", ProblemText.AcledSchemaUnknown));
            yield break;
        }

        var missing = columns.Missing();
        if (missing.Count > 0)
        {
            foreach (var column in missing)
            {
                problems.AddFatal(new ImportProblem(0, column, ProblemText.ColumnMissing, column));
            }

            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            bool more;
            var brokenAt = 0;
            try
            {
                more = await csv.ReadAsync(ct);
            }
            catch (CsvFormatException ex)
            {
                more = false;
                brokenAt = AcledCsv.RowOf(ex, headerRecords: 1);
            }

            if (brokenAt > 0)
            {
                problems.AddFatal(new ImportProblem(brokenAt, "", ProblemText.CsvMalformed));
            }

            if (!more)
            {
                yield break;
            }

            if (Map(csv, columns, file, seen, problems) is { } e)
            {
                yield return e;
            }
        }
    }

    private static ConflictEvent? Map(CsvReader csv, AcledColumns c, EventFile file, HashSet<string> seen, ImportProblems problems)
    {
        var row = (int)csv.RowNumber;
        var before = problems.Count;

        var id = AcledCsv.Text(csv, c.Id);
        if (id.Length == 0)
        {
            problems.Add(new ImportProblem(row, c.Name(c.Id), ProblemText.IdMissing));
        }
        else if (id.Length > MaxIdLength)
        {
            problems.Add(new ImportProblem(row, c.Name(c.Id), ProblemText.IdTooLong, AcledCsv.Clip(id)));
        }
        else if (!seen.Add(id))
        {
            problems.Add(new ImportProblem(row, c.Name(c.Id), ProblemText.IdDuplicate, id));
        }

        var dateText = AcledCsv.Text(csv, c.Date);
        if (!EventDates.TryParseDay(dateText, out var date, out var dateProblem))
        {
            problems.Add(new ImportProblem(row, c.Name(c.Date), dateProblem, dateText.Length == 0 ? null : AcledCsv.Clip(dateText)));
        }

        var timePrecision = AcledCsv.Precision(AcledCsv.Text(csv, c.TimePrecision), row, c.Name(c.TimePrecision), problems);
        var latitude = AcledCsv.Coordinate(AcledCsv.Text(csv, c.Latitude), 90, latitude: true, row, c.Name(c.Latitude), problems);
        var longitude = AcledCsv.Coordinate(AcledCsv.Text(csv, c.Longitude), 180, latitude: false, row, c.Name(c.Longitude), problems);
        var geoPrecision = AcledCsv.Precision(AcledCsv.Text(csv, c.GeoPrecision), row, c.Name(c.GeoPrecision), problems);
        var fatalities = AcledCsv.Deaths(AcledCsv.Text(csv, c.Fatalities), row, c.Name(c.Fatalities), problems);
        var civilianTargeting = CivilianTargeting(csv, c, row, problems);

        if (problems.Count != before || latitude is not { } lat || longitude is not { } lon || fatalities is not { } deaths)
        {
            return null;
        }

        var eventType = AcledCsv.Text(csv, c.EventType);
        var subEventType = AcledCsv.Text(csv, c.SubEventType);
        return new ConflictEvent
        {
            Source = EventSource.Acled,
            Dataset = Dataset,
            DatasetVersion = file.DatasetVersion,
            SourceId = id,
            RowNumber = row,
            DateStart = date,
            DateEnd = date,
            DatePrecision = timePrecision switch
            {
                2 => DatePrecision.Week,
                3 => DatePrecision.Month,
                _ => DatePrecision.Day,
            },
            Latitude = lat,
            Longitude = lon,
            GeoPrecision = geoPrecision,
            CountryIso2 = CountryOf(csv, c),
            Admin1 = AcledCsv.Short(AcledCsv.Text(csv, c.Admin1), 200),
            Admin2 = AcledCsv.Short(AcledCsv.Text(csv, c.Admin2), 200),
            Locality = AcledCsv.Short(AcledCsv.Text(csv, c.Location), 300),
            PrioGridGid = PrioGrid.CellOf(lat, lon),
            Threat = AcledThreats.TryMap(eventType, subEventType, civilianTargeting == true) ?? ThreatType.Other,
            AgainstCivilians = AcledThreats.AgainstCivilians(eventType, civilianTargeting == true),
            SourceType = AcledCsv.Short(eventType, 100),
            SourceSubType = AcledCsv.Short(subEventType, 100),
            CivilianTargeting = civilianTargeting,
            Actor1 = AcledCsv.Short(AcledCsv.Text(csv, c.Actor1), 300),
            Actor2 = AcledCsv.Short(AcledCsv.Text(csv, c.Actor2), 300),
            Fatalities = deaths,
            Notes = AcledCsv.Notes(AcledCsv.Text(csv, c.Notes)),
        };
    }

    // The codebook's only value is "Civilian targeting"; an empty cell means the event did not target civilians.
    private static bool? CivilianTargeting(CsvReader csv, AcledColumns c, int row, ImportProblems problems)
    {
        if (c.CivilianTargeting < 0)
        {
            return null;
        }

        var text = AcledCsv.Text(csv, c.CivilianTargeting);
        if (text.Length == 0)
        {
            return false;
        }

        if (text.Equals("Civilian targeting", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        problems.Add(new ImportProblem(row, c.Name(c.CivilianTargeting), ProblemText.ValueInvalid, AcledCsv.Clip(text)));
        return null;
    }

    private static string? CountryOf(CsvReader csv, AcledColumns c) =>
        AcledCsv.CountryOfCode(AcledCsv.Text(csv, c.Iso))
        ?? AcledCsv.CountryOfCode(AcledCsv.Text(csv, c.Iso3))
        ?? (AcledCsv.Text(csv, c.Country) is { Length: > 0 } name ? Countries.FromEnglishName(name) : null);
}
