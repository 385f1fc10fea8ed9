using System.Globalization;
using Bluehelm.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Bluehelm.Platform.Audit;

/// <summary>
/// Adds audit rows for every tracked change just before it is saved, so they commit in the same
/// transaction as the change itself. Only field names are recorded, never values: a changed
/// reporter phone or victim name must not be copied into the trail.
/// </summary>
internal static class AuditWriter
{
    // Identity's own bookkeeping rows (tokens, logins) say nothing a reviewer needs.
    private static readonly HashSet<Type> Skipped =
    [
        typeof(AuditEntry),
        typeof(IdentityUserToken<Guid>),
        typeof(IdentityUserLogin<Guid>),
        typeof(IdentityRoleClaim<Guid>),
        typeof(IdentityUserClaim<Guid>),
    ];

    // Fields whose change is routine noise, not an act worth a line in the trail.
    private static readonly HashSet<string> NoiseFields = ["ConcurrencyStamp", "SecurityStamp"];

    public static void AddEntries(BluehelmDbContext db, AuditContext audit)
    {
        var at = audit.Time.GetUtcNow();
        var entries = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => !Skipped.Contains(e.Metadata.ClrType) && e.Entity is not IAuditRecord)
            .ToList();

        if (audit.BulkOperation is { } operation)
        {
            foreach (var group in entries.GroupBy(e => (e.Metadata.ClrType.Name, e.State)))
            {
                var (type, state) = group.Key;
                Record(db, audit, "import", type, null, $"{operation}; {state.ToString().ToLowerInvariant()}: {group.Count().ToString(CultureInfo.InvariantCulture)}");
            }

            return;
        }

        foreach (var entry in entries)
        {
            var details = Describe(entry);
            if (entry.State == EntityState.Modified && details is null)
            {
                continue;
            }

            var action = entry.State switch
            {
                EntityState.Added => "create",
                EntityState.Deleted => "delete",
                _ => "update",
            };
            db.AuditEntries.Add(New(audit, at, action, entry.Metadata.ClrType.Name, KeyOf(entry.Metadata, p => entry.Property(p.Name).CurrentValue), details));
        }
    }

    /// <summary>Records a sensitive read (or any non-change act) in the trail; saved with the next SaveChanges.</summary>
    public static void Record(BluehelmDbContext db, AuditContext audit, string action, string entityType, string? entityId, string? details = null) =>
        db.AuditEntries.Add(New(audit, audit.Time.GetUtcNow(), action, entityType, entityId, details));

    /// <summary>
    /// The audit rows for new, untracked entities written by <see cref="BluehelmDbContext.InsertNewAsync"/>:
    /// the same "create" rows <see cref="AddEntries"/> makes for added entities.
    /// </summary>
    public static List<AuditEntry> ForNew(BluehelmDbContext db, AuditContext audit, IEnumerable<object> entities)
    {
        var at = audit.Time.GetUtcNow();
        return [.. entities
            .Where(e => !Skipped.Contains(e.GetType()) && e is not IAuditRecord)
            .Select(e => New(audit, at, "create", e.GetType().Name, KeyOf(db.Model.FindEntityType(e.GetType())!, p => p.GetGetter().GetClrValueUsingContainingEntity(e)), null))];
    }

    private static AuditEntry New(AuditContext audit, DateTimeOffset at, string action, string entityType, string? entityId, string? details) => new()
    {
        At = at,
        UserId = audit.UserId,
        Actor = audit.Actor,
        Origin = audit.Origin,
        Action = action,
        EntityType = entityType,
        EntityId = entityId,
        Details = details,
    };

    private static string? Describe(EntityEntry entry)
    {
        if (entry.State != EntityState.Modified)
        {
            return null;
        }

        var changed = entry.Properties
            .Where(p => p.IsModified && !NoiseFields.Contains(p.Metadata.Name))
            .Select(p => p.Metadata.Name)
            .ToList();
        return changed.Count == 0 ? null : string.Join(", ", changed);
    }

    private static string? KeyOf(IEntityType type, Func<IProperty, object?> value) =>
        type.FindPrimaryKey() is { } key
            ? string.Join("/", key.Properties.Select(p => Convert.ToString(value(p), CultureInfo.InvariantCulture)))
            : null;
}
