namespace Bluehelm.Platform.Idempotency;

/// <summary>
/// An idempotency key: who may reuse it (<paramref name="Scope"/>: a user, a gateway), the key itself,
/// and a hash of the request, so the same key sent with another request can be told apart.
/// </summary>
internal sealed record IdempotencyKey(string Scope, string Key, string RequestHash);
