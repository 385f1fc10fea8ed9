namespace Bluehelm.Modules.Alerts.Contracts;

/// <summary>The alert raised, or found again for the same idempotency key (<paramref name="Created"/> false).</summary>
public sealed record IntakeResult(Guid AlertId, bool Created);
