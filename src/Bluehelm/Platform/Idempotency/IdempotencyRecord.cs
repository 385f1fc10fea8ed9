using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Platform.Idempotency;

/// <summary>
/// The first result of an idempotency key (an <c>Idempotency-Key</c> header, a form's key, a gateway's
/// message id): a retry gets it again instead of doing the work twice.
/// </summary>
internal sealed class IdempotencyRecord
{
    /// <summary>Who may reuse the key (user id or gateway); with <see cref="Key"/> the primary key.</summary>
    public required string Scope { get; init; }

    public required string Key { get; init; }

    /// <summary>SHA-256 of the request: the same key with another request is a conflict.</summary>
    public required string RequestHash { get; init; }

    /// <summary>Id of what the first request made (an alert, for the Alerts module).</summary>
    public Guid ResultId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>True when <paramref name="key"/> carries the same request as the one recorded.</summary>
    public bool SameRequestAs(IdempotencyKey key) => string.Equals(RequestHash, key.RequestHash, StringComparison.Ordinal);

    public static IdempotencyRecord For(IdempotencyKey key, Guid resultId, DateTimeOffset at) =>
        new() { Scope = key.Scope, Key = key.Key, RequestHash = key.RequestHash, ResultId = resultId, CreatedAt = at };
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        b.ToTable("platform_idempotency_records");
        b.HasKey(x => new { x.Scope, x.Key });
        b.Property(x => x.Scope).HasMaxLength(64);
        b.Property(x => x.Key).HasMaxLength(128);
        b.Property(x => x.RequestHash).HasMaxLength(64);
    }
}
