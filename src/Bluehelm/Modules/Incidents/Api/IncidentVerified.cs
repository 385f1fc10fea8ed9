namespace Bluehelm.Modules.Incidents;

/// <summary>The answer to a verification: the incident's event, and whether the alert had already been verified (then nothing changed).</summary>
public sealed record IncidentVerified(Guid AlertId, Guid EventId, bool AlreadyVerified, string Message);
