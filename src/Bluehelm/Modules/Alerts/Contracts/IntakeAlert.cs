namespace Bluehelm.Modules.Alerts.Contracts;

/// <summary>
/// An alert raised through <see cref="IAlertIntake"/>. Texts longer than the alert's columns are cut
/// (description 4000, place 200); a language that is no BCP 47 tag is dropped. <paramref name="IdempotencyKey"/>
/// names the source message (for CAP: its identifier and sender), at most 200 characters.
/// </summary>
public sealed record IntakeAlert(
    Guid MissionId,
    DateTimeOffset ReceivedAt,
    IntakeChannel Channel,
    double? Latitude,
    double? Longitude,
    string? PlaceName,
    ThreatType Threat,
    IntakeSeverity Severity,
    string Description,
    string? Language,
    string IdempotencyKey,
    Guid? ActorUserId,
    string ActorName);
