using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Geo;
using Bluehelm.Platform.Sealing;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Alerts;

/// <summary>
/// Creates alerts the same way for every path: PRIO-GRID cell, nearest site, dispatch deadline
/// from the mission's target, the "received" timeline entry, all in the caller's save.
/// </summary>
internal sealed class AlertIntake(BluehelmDbContext db, IMissionDirectory missions, TimeProvider time, ResponseTargetCache targets, ISealer sealer)
{
    public async Task<Alert> BuildAsync(NewAlert input, Actor actor, CancellationToken ct)
    {
        var alert = await CreateAsync(input, actor, ct);
        db.Add(alert);
        return alert;
    }

    /// <summary>The alert with its place, nearest site, target and first timeline entry; not added to the context.</summary>
    public async Task<Alert> CreateAsync(NewAlert input, Actor actor, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var lat = input.Latitude;
        var lon = input.Longitude;
        var place = input.PlaceName?.Trim();
        Guid? siteId = null;
        string? siteName = null;
        double? distance = null;

        if (lat is null && !string.IsNullOrEmpty(place))
        {
            // A place named like a deployment site or a known locality of the host country is located there.
            if (PlaceMatcher.Locate(place, await missions.SitesAsync(input.Mission.Id, ct), Localities.In(input.Mission.HostCountryIso2)) is { } at)
            {
                (lat, lon) = (at.Latitude, at.Longitude);
            }
        }

        if (lat is { } la && lon is { } lo)
        {
            if (await missions.NearestSiteAsync(input.Mission.Id, la, lo, ct) is { } nearest)
            {
                (siteId, siteName, distance) = (nearest.Site.Id, nearest.Site.Name, Math.Round(nearest.DistanceKm, 2));
            }
        }

        var target = await targets.MinutesAsync(db, input.Mission.Id, input.Severity, ct);

        var alert = new Alert
        {
            MissionId = input.Mission.Id,
            ReceivedAt = input.ReceivedAt,
            RecordedAt = now,
            Channel = input.Channel,
            Latitude = lat,
            Longitude = lon,
            PlaceName = Blank(place),
            PrioGridGid = lat is { } a && lon is { } b ? PrioGrid.CellOf(a, b) : null,
            NearestSiteId = siteId,
            NearestSiteName = siteName,
            NearestSiteDistanceKm = distance,
            OutsideHostCountry = lat is { } la2 && lon is { } lo2 && Platform.Maps.CountryBounds.IsFarOutside(input.Mission.HostCountryIso2, la2, lo2),
            ThreatType = input.ThreatType,
            Severity = input.Severity,
            PeopleAtRisk = input.PeopleAtRisk,
            Women = input.Women,
            Children = input.Children,
            Displaced = input.Displaced,
            Description = input.Description.Trim(),
            Language = string.IsNullOrWhiteSpace(input.Language) ? LanguageDetector.Detect(input.Description) : input.Language.Trim().ToLowerInvariant(),
            DispatchDueAt = input.ReceivedAt.AddMinutes(target),
        };
        ReporterSeal.Apply(alert, sealer, Blank(input.ReporterName), PhoneNumbers.Normalize(input.ReporterPhone));
        alert.Note(now, actor.UserId, actor.Name, AlertCsv.Kebab(input.Channel), AlertEventKind.Received);
        return alert;
    }

    /// <summary>Open alerts of the same mission and threat within 5 km and 6 hours: proposed as duplicates.</summary>
    public async Task<IReadOnlyList<(Guid Id, double DistanceKm)>> PossibleDuplicatesAsync(Alert alert, CancellationToken ct)
    {
        if (alert.Latitude is not { } lat || alert.Longitude is not { } lon)
        {
            return [];
        }

        var from = alert.ReceivedAt.AddHours(-6);
        var to = alert.ReceivedAt.AddHours(6);

        // The query names only the duplicate index's columns (mission, threat, a latitude band a little
        // wider than 5 km) so both databases use that index instead of scanning the time window; the
        // window, the longitude and the exact distance are checked on the few rows it returns.
        var dLat = 5.5 / 111.0;
        var dLon = dLat / Math.Max(0.05, Math.Cos(lat * Math.PI / 180));
        var band = await db.Set<Alert>().AsNoTracking()
            .Where(a => a.MissionId == alert.MissionId && a.ThreatType == alert.ThreatType && a.Latitude >= lat - dLat && a.Latitude <= lat + dLat)
            .Select(a => new { a.Id, a.Latitude, a.Longitude, a.ReceivedAt, a.Status })
            .Take(500)
            .ToListAsync(ct);
        var candidates = band
            .Where(a => a.Id != alert.Id && a.ReceivedAt >= from && a.ReceivedAt <= to && a.Longitude >= lon - dLon && a.Longitude <= lon + dLon
                        && a.Status != AlertStatus.Duplicate && a.Status != AlertStatus.FalseAlarm)
            .ToList();
        return [.. candidates
            .Select(c => (c.Id, DistanceKm: GeoMath.DistanceKm(lat, lon, c.Latitude!.Value, c.Longitude!.Value)))
            .Where(c => c.DistanceKm <= 5)
            .OrderBy(c => c.DistanceKm)];
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
