using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Geo;
using Bluehelm.Platform.Identity;
using Bluehelm.Platform.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Incidents;

/// <summary>What the verifier says happened. The threat defaults to the alert's, the place to the alert's coordinates.</summary>
public sealed record VerifyIncidentRequest(
    [property: Required, MaxLength(4000)] string? WhatHappened,
    [property: Range(0, 100_000)] int Killed,
    [property: Range(0, 100_000)] int Injured,
    [property: Range(0, 100_000)] int CivilianDeaths,
    [property: Required] PerpetratorType? Perpetrator,
    ThreatType? Threat = null,
    [property: Range(-90, 90)] double? Latitude = null,
    [property: Range(-180, 180)] double? Longitude = null);

/// <summary>How a verification ended.</summary>
internal enum VerifyOutcome
{
    Verified,
    AlreadyVerified,
    NotFound,
    Forbidden,
    NotResolved,
    Invalid,
}

/// <summary>The outcome, the event of the incident (new or earlier) and, when invalid, each field's error code.</summary>
internal sealed record VerifyResult(VerifyOutcome Outcome, Guid? EventId = null, IReadOnlyDictionary<string, string[]>? Errors = null);

/// <summary>
/// A JOC officer or POC adviser of the alert's mission verifies a resolved alert into an incident:
/// one <see cref="Incident"/> and its Bluehelm <see cref="ConflictEvent"/>, saved together (and audited
/// with them). The alert's id is unique among incidents, so a second verification, even a concurrent
/// one, changes nothing and answers with the first incident's event.
/// </summary>
internal sealed class VerifyIncidentHandler(BluehelmDbContext db, IAlertDirectory alerts, IMissionDirectory missions, TimeProvider time)
{
    public const string Dataset = "Bluehelm";

    public async Task<VerifyResult> HandleAsync(ClaimsPrincipal user, Guid alertId, VerifyIncidentRequest request, CancellationToken ct)
    {
        var alert = await alerts.FindVisibleAsync(user, alertId, ct);
        var mission = alert is null ? null : await missions.FindAsync(alert.MissionId, ct);
        if (alert is null || mission is null)
        {
            return new VerifyResult(VerifyOutcome.NotFound);
        }

        if (!(user.IsInRole(Roles.JocOfficer) || user.IsInRole(Roles.PocAdviser)) || !user.HasMissionScope(mission.Code))
        {
            return new VerifyResult(VerifyOutcome.Forbidden);
        }

        if (await EventOfAlertAsync(db, alertId, ct) is { } earlier)
        {
            return new VerifyResult(VerifyOutcome.AlreadyVerified, earlier);
        }

        if (!alert.Resolved)
        {
            return new VerifyResult(VerifyOutcome.NotResolved);
        }

        var errors = Check(request, alert);
        if (errors.Count > 0)
        {
            return new VerifyResult(VerifyOutcome.Invalid, Errors: errors);
        }

        var latitude = request.Latitude ?? alert.Latitude!.Value;
        var longitude = request.Longitude ?? alert.Longitude!.Value;
        var threat = request.Threat ?? alert.Threat;
        var day = DateOnly.FromDateTime(alert.ReceivedAt.UtcDateTime);
        var perpetrator = request.Perpetrator!.Value;
        var e = new ConflictEvent
        {
            Source = EventSource.Bluehelm,
            Dataset = Dataset,
            SourceId = alert.Id.ToString(),
            DateStart = day,
            DateEnd = day,
            DatePrecision = DatePrecision.Day,
            Latitude = latitude,
            Longitude = longitude,
            CountryIso2 = mission.HostCountryIso2,
            Locality = alert.PlaceName,
            PrioGridGid = request.Latitude is null && alert.PrioGridGid is { } gid ? gid : PrioGrid.CellOf(latitude, longitude),
            Threat = threat,
            AgainstCivilians = EventNames.IsAgainstCivilians(threat),
            SourceType = EventNames.Kebab(threat),
            SourceSubType = EventNames.Kebab(perpetrator),
            Fatalities = request.Killed,
            CivilianDeaths = request.CivilianDeaths,
            Notes = request.WhatHappened!.Trim(),
            MissionId = mission.Id,
            AlertId = alert.Id,
        };
        var incident = new Incident
        {
            AlertId = alert.Id,
            MissionId = mission.Id,
            WhatHappened = e.Notes,
            Killed = request.Killed,
            Injured = request.Injured,
            CivilianDeaths = request.CivilianDeaths,
            Perpetrator = perpetrator,
            Threat = threat,
            VerifiedByUserId = user.UserId(),
            VerifiedBy = user.Identity?.Name ?? "",
            VerifiedAt = time.GetUtcNow(),
            EventId = e.Id,
        };
        db.Add(e);
        db.Add(incident);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (UniqueKeyViolation.Is(ex))
        {
            // Someone verified the same alert a moment before: theirs stands.
            db.ChangeTracker.Clear();
            return new VerifyResult(VerifyOutcome.AlreadyVerified, await EventOfAlertAsync(db, alertId, ct));
        }

        return new VerifyResult(VerifyOutcome.Verified, e.Id);
    }

    internal static Task<Guid?> EventOfAlertAsync(BluehelmDbContext db, Guid alertId, CancellationToken ct) =>
        db.Set<Incident>().AsNoTracking().Where(i => i.AlertId == alertId).Select(i => (Guid?)i.EventId).SingleOrDefaultAsync(ct);

    private static Dictionary<string, string[]> Check(VerifyIncidentRequest request, AlertRef alert)
    {
        var errors = Platform.Http.Validation.Check(request);
        if (string.IsNullOrWhiteSpace(request.WhatHappened) && !errors.ContainsKey("whatHappened"))
        {
            errors["whatHappened"] = ["required"];
        }

        if (request.CivilianDeaths > request.Killed)
        {
            errors["civilianDeaths"] = ["more-than-killed"];
        }

        if (request.Threat is { } t && !Enum.IsDefined(t))
        {
            errors["threat"] = ["invalid"];
        }

        if (request.Perpetrator is { } p && !Enum.IsDefined(p))
        {
            errors["perpetrator"] = ["invalid"];
        }

        if (request.Latitude is null != request.Longitude is null)
        {
            errors[request.Latitude is null ? "latitude" : "longitude"] = ["required-with-other-coordinate"];
        }
        else if (request.Latitude is null && (alert.Latitude is null || alert.Longitude is null))
        {
            errors["latitude"] = ["required"];
        }

        return errors;
    }
}
