using Bluehelm.Modules.Alerts.Contracts;

namespace Bluehelm.Modules.Alerts;

/// <summary>A unit's place on an open response: which alert, doing what, since when, on scene yet.</summary>
public sealed record UnitTasking(
    Guid UnitId, Guid AlertId, Guid ResponseId, ThreatType Threat, string? Place, AlertStatus Status, ResponseAction Action, DateTimeOffset Since, DateTimeOffset? OnSceneAt);
