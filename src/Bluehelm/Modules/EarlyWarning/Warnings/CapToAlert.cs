using System.Security.Claims;
using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>
/// Turn a received CAP alert into a Bluehelm alert (channel Cap) of the mission whose host country holds its
/// area's point, by that mission's JOC (or an administrator). Twice gives the same alert: the alert intake's
/// idempotency key is the CAP identifier and sender.
/// </summary>
internal sealed record CapToAlert(Guid ReceivedId, ClaimsPrincipal User, WarningActor Actor);

/// <summary>The alert, or a refusal: not-found 404, forbidden 403, outside-missions 409 (no point, or in no mission's host country).</summary>
internal sealed record CapToAlertResult(Guid? AlertId, bool Created, string? Code = null, int Status = 200);

internal sealed class CapToAlertHandler(BluehelmDbContext db, IMissionDirectory missions, IAlertIntake intake)
{
    public async Task<CapToAlertResult> HandleAsync(CapToAlert request, CancellationToken ct)
    {
        var received = await db.Set<ReceivedCap>().SingleOrDefaultAsync(r => r.Id == request.ReceivedId, ct);
        if (received is null)
        {
            return new CapToAlertResult(null, false, "not-found", 404);
        }

        var mission = await MissionOfAsync(received, ct);
        if (mission is null)
        {
            return new CapToAlertResult(null, false, "outside-missions", 409);
        }

        if (!WarningAccess.MayRaiseAlert(request.User, mission.Code))
        {
            return new CapToAlertResult(null, false, "forbidden", 403);
        }

        var description = string.Join("\n\n", new[] { received.Headline, received.Description }.Where(s => !string.IsNullOrWhiteSpace(s)))
            + "\n\nCAP " + received.Sender + " " + received.Identifier;
        var raised = await intake.RaiseAsync(
            new IntakeAlert(
                mission.Id, received.Sent, IntakeChannel.Cap, received.Latitude, received.Longitude, received.AreaDesc,
                received.ThreatType is { } t && Enum.IsDefined((ThreatType)t) ? (ThreatType)t : ThreatType.Other,
                CapSeverityMap.ToAlert(received.Urgency, received.Severity), description, received.Language,
                "cap:" + received.Identifier + "\n" + received.Sender, request.Actor.UserId, request.Actor.Name),
            ct);
        if (received.AlertId != raised.AlertId)
        {
            received.AlertId = raised.AlertId;
            received.AlertMissionId = mission.Id;
            await db.SaveChangesAsync(ct);
        }

        return new CapToAlertResult(raised.AlertId, raised.Created);
    }

    /// <summary>The current mission whose host country holds the alert's point, or null.</summary>
    public async Task<MissionRef?> MissionOfAsync(ReceivedCap received, CancellationToken ct)
    {
        if (received.Latitude is not { } lat || received.Longitude is not { } lon)
        {
            return null;
        }

        return (await missions.AllAsync(ct)).FirstOrDefault(m => m.Current && HostCountries.Contains(m.HostCountryIso2, lat, lon));
    }
}
