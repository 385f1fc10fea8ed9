using Bluehelm.Modules.Alerts.Contracts;
using System.Globalization;
using System.Security.Claims;
using System.Text;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Csv;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Identity;
using Bluehelm.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Alerts;

/// <summary>
/// Alerts in and out as CSV. Import maps columns by their header (English or French names, or HXL
/// tags), accepts decimal or degrees-minutes-seconds coordinates, and takes all rows or none.
/// Export writes the filtered list as CSV or HXL-tagged CSV; reporter columns only for those who may see them.
/// </summary>
internal sealed partial class AlertCsv(BluehelmDbContext db, RaiseAlertHandler raise, IMissionDirectory missions, TimeProvider time, Bluehelm.Platform.Sealing.ISealer sealer)
{
    /// <summary>Maximum rows in one file: a year of a large mission's alerts fits many times over.</summary>
    public const int MaxRows = 50_000;

    private static readonly Dictionary<string, string[]> Aliases = new(StringComparer.Ordinal)
    {
        ["mission"] = ["mission", "#org+mission"],
        ["received_at"] = ["received_at", "received", "date", "datetime", "date_recue", "recu_le", "#date", "#date+received"],
        ["channel"] = ["channel", "canal", "#meta+channel"],
        ["latitude"] = ["latitude", "lat", "#geo+lat"],
        ["longitude"] = ["longitude", "lon", "lng", "long", "#geo+lon"],
        ["place"] = ["place", "place_name", "location", "lieu", "localite", "#loc+name", "#loc"],
        ["threat_type"] = ["threat_type", "threat", "type", "menace", "type_menace", "#event+type"],
        ["severity"] = ["severity", "gravite", "#severity"],
        ["people_at_risk"] = ["people_at_risk", "people", "personnes", "#affected"],
        ["women"] = ["women", "femmes", "#affected+f"],
        ["children"] = ["children", "enfants", "#affected+children"],
        ["displaced"] = ["displaced", "deplaces", "#affected+idps"],
        ["description"] = ["description", "text", "texte", "#description"],
        ["language"] = ["language", "lang", "langue", "#meta+lang"],
        ["reporter_name"] = ["reporter_name", "reporter", "nom_informateur"],
        ["reporter_phone"] = ["reporter_phone", "phone", "telephone", "#contact+phone"],
    };

    public async Task<CsvImportResult> ImportAsync(string fileName, Stream content, string? defaultMission, ClaimsPrincipal user, Actor actor, CancellationToken ct)
    {
        CsvTable table;
        try
        {
            table = CsvTable.Read(fileName, content, [], maxBytes: 32L * 1024 * 1024);
        }
        catch (ImportFileException ex)
        {
            return new CsvImportResult(0, [new CsvRowError(ex.Line, "", "malformed-file", ex.Problem)]);
        }

        var errors = new List<CsvRowError>();
        var columns = MapColumns(table, out var hxlRow);
        foreach (var required in new[] { "threat_type", "severity", "description" })
        {
            if (!columns.ContainsKey(required))
            {
                errors.Add(new CsvRowError(1, required, "missing-column", null));
            }
        }

        if (!columns.ContainsKey("mission") && string.IsNullOrWhiteSpace(defaultMission))
        {
            errors.Add(new CsvRowError(1, "mission", "missing-column", null));
        }

        var rows = table.Rows.Skip(hxlRow ? 1 : 0).ToList();
        if (rows.Count > MaxRows)
        {
            errors.Add(new CsvRowError(rows[MaxRows].Line, "", "too-many-rows", MaxRows.ToString(CultureInfo.InvariantCulture)));
        }

        if (errors.Count > 0)
        {
            return new CsvImportResult(0, errors);
        }

        var now = time.GetUtcNow();
        var parsed = new List<NewAlert>();
        foreach (var row in rows)
        {
            string? Get(string name) => columns.TryGetValue(name, out var i) ? row.Fields[i].Trim() : null;
            void Fail(string column, string code, string? value) => errors.Add(new CsvRowError(row.Line, column, code, value is { Length: > 60 } ? value[..60] : value));

            var missionCode = Get("mission") is { Length: > 0 } mc ? mc : defaultMission!;
            var mission = await missions.FindAsync(missionCode, ct);
            if (mission is null)
            {
                Fail("mission", "unknown-mission", missionCode);
            }
            else if (!AlertAccess.MayManage(user, mission.Code))
            {
                Fail("mission", "forbidden", missionCode);
            }

            var received = now;
            if (Get("received_at") is { Length: > 0 } r && !TryParseReceived(r, out received))
            {
                Fail("received_at", "invalid-date", r);
            }
            else if (received > now.AddMinutes(5))
            {
                Fail("received_at", "in-future", Get("received_at"));
            }

            double? lat = null, lon = null;
            if (Get("latitude") is { Length: > 0 } la)
            {
                lat = Coordinates.TryParse(la, latitude: true, out var v) ? v : null;
                if (lat is null)
                {
                    Fail("latitude", "invalid-coordinate", la);
                }
            }

            if (Get("longitude") is { Length: > 0 } lo)
            {
                lon = Coordinates.TryParse(lo, latitude: false, out var v) ? v : null;
                if (lon is null)
                {
                    Fail("longitude", "invalid-coordinate", lo);
                }
            }

            if ((lat is null) != (lon is null) && !errors.Any(e => e.Line == row.Line))
            {
                Fail(lat is null ? "latitude" : "longitude", "required-with-other-coordinate", null);
            }

            var place = Get("place");
            if (lat is null && lon is null && string.IsNullOrEmpty(place) && !errors.Any(e => e.Line == row.Line && e.Column is "latitude" or "longitude"))
            {
                Fail("place", "place-or-coordinates-required", null);
            }

            var threat = ParseEnum<ThreatType>(Get("threat_type"));
            if (threat is null)
            {
                Fail("threat_type", "invalid-threat-type", Get("threat_type"));
            }

            var severity = ParseEnum<Severity>(Get("severity"));
            if (severity is null)
            {
                Fail("severity", "invalid-severity", Get("severity"));
            }

            var channel = Get("channel") is { Length: > 0 } ch ? ParseEnum<AlertChannel>(ch) : AlertChannel.Csv;
            if (channel is null)
            {
                Fail("channel", "invalid-channel", Get("channel"));
            }

            int? Count(string name)
            {
                var text = Get(name);
                if (string.IsNullOrEmpty(text))
                {
                    return null;
                }

                // Files are often typed or edited by hand in a French or English spreadsheet: "1 200" and "1,200" are 1200.
                if (Numbers.TryParseCount(text, out var n) && n <= 10_000_000)
                {
                    return n;
                }

                Fail(name, "invalid-count", text);
                return null;
            }

            var people = Count("people_at_risk");
            var women = Count("women");
            var children = Count("children");
            var displaced = Count("displaced");
            var description = Get("description") ?? "";

            // The API's checks, not a laxer set of the import's own: lengths, control characters, language tag.
            foreach (var (field, code) in RaiseAlertValidation.Check(description, place, Get("language"), Get("reporter_name"), Get("reporter_phone")))
            {
                Fail(ColumnOf(field), code, null);
            }

            if (mission is not null && threat is not null && severity is not null && channel is not null && !errors.Any(e => e.Line == row.Line))
            {
                parsed.Add(new NewAlert(mission, received, channel.Value, lat, lon, place, threat.Value, severity.Value, people, women, children, displaced,
                    description, Get("language"), Get("reporter_name"), Get("reporter_phone")));
            }
        }

        if (errors.Count > 0)
        {
            return new CsvImportResult(0, errors);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            foreach (var alert in parsed)
            {
                await raise.AddAsync(new RaiseAlert(alert, actor), ct);
            }

            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        });
        return new CsvImportResult(parsed.Count, []);
    }

    /// <summary>A date and time as ISO 8601 or as written in English or French; UTC unless it says otherwise.</summary>
    internal static bool TryParseReceived(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value)
        || DateTimeOffset.TryParse(text, CultureInfo.GetCultureInfo("fr"), DateTimeStyles.AssumeUniversal, out value);

    /// <summary>Enum from kebab-case, snake_case, spaces, the French labels' first word or the number.</summary>
    internal static T? ParseEnum<T>(string? text)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var key = new string([.. text.Where(char.IsLetterOrDigit)]);
        if (Enum.TryParse<T>(key, ignoreCase: true, out var value) && Enum.IsDefined(value) && !key.All(char.IsDigit))
        {
            return value;
        }

        return typeof(T) == typeof(Severity) ? key.ToUpperInvariant() switch
        {
            "CRITIQUE" => (T)(object)Severity.Critical,
            "ELEVEE" or "HAUTE" or "ÉLEVÉE" => (T)(object)Severity.High,
            "MOYENNE" => (T)(object)Severity.Medium,
            "FAIBLE" or "BASSE" => (T)(object)Severity.Low,
            _ => null,
        } : null;
    }

    private static string ColumnOf(string field) => field switch
    {
        RaiseAlertValidation.PlaceName => "place",
        RaiseAlertValidation.ReporterName => "reporter_name",
        RaiseAlertValidation.ReporterPhone => "reporter_phone",
        _ => field,
    };

    private static Dictionary<string, int> MapColumns(CsvTable table, out bool hxlRow)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var headers = table.Headers;
        hxlRow = table.Rows.Count > 0 && table.Rows[0].Fields.Any(f => f.TrimStart().StartsWith('#'));
        for (var i = 0; i < headers.Count; i++)
        {
            var names = new List<string> { Normalize(headers[i]) };
            if (hxlRow)
            {
                names.Add(table.Rows[0].Fields[i].Trim().ToLowerInvariant());
            }

            foreach (var (canonical, aliases) in Aliases)
            {
                if (!map.ContainsKey(canonical) && names.Any(n => aliases.Contains(n, StringComparer.Ordinal)))
                {
                    map[canonical] = i;
                }
            }
        }

        return map;
    }

    private static string Normalize(string header)
    {
        var folded = PlaceMatcher.Fold(header);
        return header.TrimStart().StartsWith('#') ? header.Trim().ToLowerInvariant() : folded.Replace(' ', '_');
    }

    internal static string Kebab<T>(T value)
        where T : struct, Enum => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
