using Bluehelm.Modules.Alerts.Contracts;
using System.Globalization;
using System.Security.Claims;
using System.Text;
using Bluehelm.Platform.Audit;
using Bluehelm.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Alerts;

/// <summary>The export half of <see cref="AlertCsv"/>: the filtered list as CSV or HXL-tagged CSV.</summary>
internal sealed partial class AlertCsv
{
    /// <summary>Writes visible alerts matching the filter; HXL adds a tag row under the header.</summary>
    public async Task ExportAsync(Stream output, ClaimsPrincipal user, AlertQueries queries, AlertFilter filter, bool hxl, CancellationToken ct)
    {
        var withReporter = user.IsInRole(Roles.Admin) || user.IsInRole(Roles.JocOfficer);
        var header = new List<string> { "id", "mission", "received_at", "channel", "status", "severity", "threat_type", "latitude", "longitude", "place", "priogrid_gid", "nearest_site", "nearest_site_km", "people_at_risk", "women", "children", "displaced", "description", "language", "dispatch_due_at", "dispatched_at", "on_scene_at", "closed_at" };
        var tags = new List<string> { "#meta+id", "#org+mission", "#date+received", "#meta+channel", "#status", "#severity", "#event+type", "#geo+lat", "#geo+lon", "#loc+name", "#geo+priogrid", "#loc+site", "#geo+distance+km", "#affected", "#affected+f", "#affected+children", "#affected+idps", "#description", "#meta+lang", "#date+due", "#date+dispatched", "#date+onscene", "#date+closed" };
        if (withReporter)
        {
            // The export carries reporter columns: one audit line (who, when, the filter), written before the first row leaves.
            await AuditWriter.RecordReadAsync(db, nameof(Alert), null, $"reporter export ({(hxl ? "hxl" : "csv")}); filter: {Describe(filter)}", ct);
            header.AddRange(["reporter_name", "reporter_phone"]);
            tags.AddRange(["#contact+name", "#contact+phone"]);
        }

        await using var writer = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        await writer.WriteLineAsync(string.Join(',', header));
        if (hxl)
        {
            await writer.WriteLineAsync(string.Join(',', tags));
        }

        var managed = user.MissionScopes().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var codes = (await missions.AllAsync(ct)).ToDictionary(m => m.Id, m => m.Code);
        await foreach (var a in (await queries.FilteredAsync(user, filter, ct)).OrderByDescending(a => a.ReceivedAt).ThenByDescending(a => a.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            var code = codes.GetValueOrDefault(a.MissionId, "");
            var cells = new List<string?>
            {
                a.Id.ToString(), code, Iso(a.ReceivedAt), Kebab(a.Channel), Kebab(a.Status), Kebab(a.Severity), Kebab(a.ThreatType),
                Num(a.Latitude), Num(a.Longitude), a.PlaceName, a.PrioGridGid?.ToString(CultureInfo.InvariantCulture), a.NearestSiteName, Num(a.NearestSiteDistanceKm),
                Int(a.PeopleAtRisk), Int(a.Women), Int(a.Children), Int(a.Displaced), a.Description, a.Language,
                Iso(a.DispatchDueAt), Iso(a.DispatchedAt), Iso(a.OnSceneAt), Iso(a.ClosedAt),
            };
            if (withReporter)
            {
                var sees = user.IsInRole(Roles.Admin) || managed.Contains(code);
                var reporter = sees ? ReporterSeal.Reveal(sealer, a.SealedReporterName, a.SealedReporterPhone) : null;
                cells.Add(reporter?.Name);
                cells.Add(reporter?.Phone);
            }

            await writer.WriteLineAsync(string.Join(',', cells.Select(Cell)));
        }
    }

    /// <summary>The filter's set fields, e.g. <c>mission=MINUSCA status=Received</c>, or <c>none</c>.</summary>
    private static string Describe(AlertFilter f)
    {
        var parts = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null && value is not false)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{name}={value}"));
            }
        }

        Add("mission", f.Mission);
        Add("status", f.Status);
        Add("severity", f.Severity);
        Add("threatType", f.ThreatType);
        Add("from", Iso(f.From));
        Add("to", Iso(f.To));
        Add("bbox", f.South is null ? null : string.Create(CultureInfo.InvariantCulture, $"{f.South},{f.West},{f.North},{f.East}"));
        Add("openOnly", f.OpenOnly ? "true" : null);
        return parts.Count == 0 ? "none" : string.Join(' ', parts);
    }

    private static string? Iso(DateTimeOffset? t) => t?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string? Num(double? v) => v?.ToString("0.######", CultureInfo.InvariantCulture);

    private static string? Int(int? v) => v?.ToString(CultureInfo.InvariantCulture);

    /// <summary>RFC 4180 quoting, and a leading quote on text a spreadsheet would run as a formula.</summary>
    internal static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
