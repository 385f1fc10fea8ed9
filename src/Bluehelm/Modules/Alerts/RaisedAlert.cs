using Bluehelm.Platform.Idempotency;

namespace Bluehelm.Modules.Alerts;

/// <summary>
/// The raised alert (<see cref="Created"/>), or the record of the first request with the same
/// idempotency key (<see cref="Earlier"/>, whose request may differ: see <see cref="IdempotencyRecord.SameRequestAs"/>).
/// </summary>
internal sealed record RaisedAlert(Guid AlertId, Alert? Created, IdempotencyRecord? Earlier);
