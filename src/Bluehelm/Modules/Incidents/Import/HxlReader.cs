using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Bluehelm.Platform.Geo;
using CsvHelper;

namespace Bluehelm.Modules.Incidents.Import;

/// <summary>
/// Any CSV tagged with the Humanitarian Exchange Language (HXL standard 1.1): the hashtag row is the
/// first of the first 25 rows whose cells are all hashtags, and the rows after it are events. Read:
/// <c>#date</c> (<c>+start</c>/<c>+end</c>, a day, month or year), <c>#geo+lat</c>, <c>#geo+lon</c>,
/// <c>#event+type</c> and <c>+sub</c>, <c>#event+id</c>, <c>#affected+killed</c> (and <c>+civilians</c>),
/// <c>#adm1+name</c>, <c>#adm2+name</c>, <c>#loc+name</c>, <c>#country+code</c> (ISO alpha-2, alpha-3 or
/// numeric) or <c>+name</c>, <c>#group</c>/<c>#org</c> for the actors and <c>#description</c>; other
/// tags are ignored. Without <c>#event+id</c>, a row's id is a hash of its tagged values (and its
/// rank among identical rows), so the same file imported again matches itself.
/// </summary>
internal sealed class HxlReader : IEventFileReader
{
    /// <summary>HXL 1.1 looks for the hashtag row among the first 25 rows.</summary>
    public const int HashtagRowLimit = 25;

    public string Format => "hxl";

    public EventSource Source => EventSource.Hxl;

    public async IAsyncEnumerable<ConflictEvent> ReadAsync(Stream stream, EventFile file, ImportProblems problems, [EnumeratorCancellation] CancellationToken ct)
    {
        var (csv, owned) = await AcledCsv.OpenAsync(stream, hasHeader: false, ct);
        await using var ownedFile = owned;
        using var reader = csv;

        HxlTags? tags = null;
        var hashtagRecord = 0;
        var records = 0;
        while (tags is null)
        {
            bool more;
            var broken = false;
            try
            {
                more = records < HashtagRowLimit && await csv.ReadAsync(ct);
            }
            catch (CsvFormatException)
            {
                more = false;
                broken = true;
            }

            if (broken)
            {
                problems.AddFatal(new ImportProblem(0, "", ProblemText.CsvMalformed));
                yield break;
            }

            if (!more)
            {
                problems.AddFatal(new ImportProblem(0, "", records == 0 ? ProblemText.FileEmpty : ProblemText.HxlHashtagsMissing));
                yield break;
            }

            records++;
            tags = HxlTags.TryParse([.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)]);
            hashtagRecord = (int)csv.RowNumber;
        }

        var columns = HxlColumns.Of(tags);
        if (columns.Missing().Count > 0)
        {
            problems.AddFatal(new ImportProblem(0, "", ProblemText.HxlTagMissing, string.Join(", ", columns.Missing())));
            yield break;
        }

        var dataset = AcledCsv.Short(file.DatasetName?.Trim() ?? Path.GetFileNameWithoutExtension(file.FileName), 100) ?? "HXL";
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
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
                brokenAt = AcledCsv.RowOf(ex, hashtagRecord);
            }

            if (brokenAt > 0)
            {
                problems.AddFatal(new ImportProblem(brokenAt, "", ProblemText.CsvMalformed));
            }

            if (!more)
            {
                yield break;
            }

            if (Map(csv, (int)csv.RowNumber - hashtagRecord, columns, tags, dataset, file, ids, problems) is { } e)
            {
                yield return e;
            }
        }
    }

    private static ConflictEvent? Map(CsvReader csv, int row, HxlColumns c, HxlTags tags, string dataset, EventFile file, Dictionary<string, int> ids, ImportProblems problems)
    {
        var before = problems.Count;
        var id = SourceId(csv, c, tags, row, ids, problems);

        var startText = AcledCsv.Text(csv, c.DateStart);
        if (!EventDates.TryParsePeriod(startText, out var start, out var end, out _, out var problem))
        {
            problems.Add(new ImportProblem(row, tags.Name(c.DateStart), problem, startText.Length == 0 ? null : AcledCsv.Clip(startText)));
        }

        var endText = AcledCsv.Text(csv, c.DateEnd);
        if (endText.Length > 0)
        {
            if (!EventDates.TryParsePeriod(endText, out _, out var last, out _, out problem))
            {
                problems.Add(new ImportProblem(row, tags.Name(c.DateEnd), problem, AcledCsv.Clip(endText)));
            }
            else if (start != default && last < start)
            {
                problems.Add(new ImportProblem(row, tags.Name(c.DateEnd), ProblemText.DateOrder, AcledCsv.Clip(endText)));
            }
            else
            {
                end = last;
            }
        }

        var coded = AcledCsv.Precision(AcledCsv.Text(csv, c.DatePrecision), row, tags.Name(c.DatePrecision), problems);
        var latitude = AcledCsv.Coordinate(AcledCsv.Text(csv, c.Latitude), 90, latitude: true, row, tags.Name(c.Latitude), problems);
        var longitude = AcledCsv.Coordinate(AcledCsv.Text(csv, c.Longitude), 180, latitude: false, row, tags.Name(c.Longitude), problems);
        var geoPrecision = AcledCsv.Precision(AcledCsv.Text(csv, c.GeoPrecision), row, tags.Name(c.GeoPrecision), problems);
        var killed = AcledCsv.Deaths(AcledCsv.Text(csv, c.Killed), row, tags.Name(c.Killed), problems);
        var civiliansText = AcledCsv.Text(csv, c.CiviliansKilled);
        var civilians = civiliansText.Length == 0 ? 0 : AcledCsv.Deaths(civiliansText, row, tags.Name(c.CiviliansKilled), problems);

        if (problems.Count != before || latitude is not { } lat || longitude is not { } lon || killed is not { } deaths || civilians is null)
        {
            return null;
        }

        var type = AcledCsv.Short(AcledCsv.Text(csv, c.EventType), 100);
        var subType = AcledCsv.Short(AcledCsv.Text(csv, c.EventSubType), 100);
        var threat = HxlThreats.Map(type, subType);
        return new ConflictEvent
        {
            Source = EventSource.Hxl,
            Dataset = dataset,
            DatasetVersion = file.DatasetVersion,
            SourceId = id,
            RowNumber = row,
            DateStart = start,
            DateEnd = end,
            DatePrecision = coded switch
            {
                2 => DatePrecision.Week,
                3 => DatePrecision.Month,
                1 => DatePrecision.Day,
                _ => (end.DayNumber - start.DayNumber) switch
                {
                    0 => DatePrecision.Day,
                    < 7 => DatePrecision.Week,
                    <= 31 => DatePrecision.Month,
                    _ => DatePrecision.Year,
                },
            },
            Latitude = lat,
            Longitude = lon,
            GeoPrecision = geoPrecision,
            CountryIso2 = AcledCsv.CountryOfCode(AcledCsv.Text(csv, c.CountryCode))
                ?? (AcledCsv.Text(csv, c.CountryName) is { Length: > 0 } name ? Countries.FromEnglishName(name) : null),
            Admin1 = AcledCsv.Short(AcledCsv.Text(csv, c.Admin1), 200),
            Admin2 = AcledCsv.Short(AcledCsv.Text(csv, c.Admin2), 200),
            Locality = AcledCsv.Short(AcledCsv.Text(csv, c.Locality), 300),
            PrioGridGid = PrioGrid.CellOf(lat, lon),
            Threat = threat,
            AgainstCivilians = AcledThreats.AgainstCivilians(type, civilianTargeting: false) || HxlThreats.AgainstCivilians(threat),
            SourceType = type,
            SourceSubType = subType,
            Actor1 = AcledCsv.Short(AcledCsv.Text(csv, c.Actor1), 300),
            Actor2 = AcledCsv.Short(AcledCsv.Text(csv, c.Actor2), 300),
            Fatalities = c.Killed >= 0 ? deaths : civilians.Value,
            CivilianDeaths = civiliansText.Length == 0 ? null : civilians,
            Notes = AcledCsv.Notes(AcledCsv.Text(csv, c.Description)),
        };
    }

    private static string SourceId(CsvReader csv, HxlColumns c, HxlTags tags, int row, Dictionary<string, int> ids, ImportProblems problems)
    {
        if (c.Id >= 0)
        {
            var id = AcledCsv.Text(csv, c.Id);
            if (id.Length == 0)
            {
                problems.Add(new ImportProblem(row, tags.Name(c.Id), ProblemText.IdMissing));
            }
            else if (id.Length > 100)
            {
                problems.Add(new ImportProblem(row, tags.Name(c.Id), ProblemText.IdTooLong, AcledCsv.Clip(id)));
            }
            else if (!ids.TryAdd(id, 1))
            {
                problems.Add(new ImportProblem(row, tags.Name(c.Id), ProblemText.IdDuplicate, id));
            }

            return id;
        }

        // No id column: the row's tagged values are its identity, and identical rows are told apart by their rank.
        var content = string.Join('\u001f', tags.Indexes.Select(i => AcledCsv.Text(csv, i)));
        var hash = "hxl-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)).AsSpan(0, 12));
        ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, hash, out _);
        count++;
        return count == 1 ? hash : hash + "-" + count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
