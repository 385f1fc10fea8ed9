using System.Security.Cryptography;
using System.Text;
using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Idempotency;

namespace Bluehelm.Modules.Alerts;

/// <summary><see cref="IAlertIntake"/> over <see cref="RaiseAlertHandler"/>: one use case for every channel.</summary>
internal sealed class AlertIntakeContract(RaiseAlertHandler raise, IMissionDirectory missions) : IAlertIntake
{
    public async Task<IntakeResult> RaiseAsync(IntakeAlert alert, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var mission = await missions.FindAsync(alert.MissionId, ct) ?? throw new ArgumentException("Unknown mission " + alert.MissionId, nameof(alert));
        var description = Clip(alert.Description.Trim(), RaiseAlertValidation.MaxDescription);
        var place = string.IsNullOrWhiteSpace(alert.PlaceName) ? null : Clip(alert.PlaceName.Trim(), RaiseAlertValidation.MaxPlaceName);
        var language = alert.Language?.Trim() is { } l && RaiseAlertValidation.IsLanguageTag(l) ? l : null;
        var input = new NewAlert(
            mission, alert.ReceivedAt, (AlertChannel)(int)alert.Channel, alert.Latitude, alert.Longitude, place, alert.Threat, (Severity)(int)alert.Severity,
            null, null, null, null, description, language, null, null);

        // The key is hashed to fit the record's column; the source message is the request.
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(alert.IdempotencyKey)));
        var key = new IdempotencyKey("intake:" + alert.Channel.ToString().ToLowerInvariant(), hash, hash);
        var raised = await raise.HandleAsync(new RaiseAlert(input, new Actor(alert.ActorUserId, alert.ActorName), key), ct);
        return new IntakeResult(raised.AlertId, raised.Created is not null);
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}
