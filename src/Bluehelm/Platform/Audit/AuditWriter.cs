using System.Globalization;
using System.Text.Json;
using Bluehelm.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Bluehelm.Platform.Audit;

/// <summary>
/// Adds audit rows for every tracked change just before it is saved, so they commit in the same
/// transaction as the change itself. An update records, as a JSON object, the old and new value
/// of each changed field, except for confidential fields (<see cref="AuditModel"/>), whose change
/// alone is recorded: a changed reporter phone or victim name must not be copied into the trail.
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

    /// <summary>Adds the audit rows for the context's tracked changes to its own <see cref="AuditEntry"/> set (the shared context's trail, or a module database's own).</summary>
    public static void AddEntries(DbContext db, AuditContext audit)
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
            db.Set<AuditEntry>().Add(New(audit, at, action, entry.Metadata.ClrType.Name, KeyOf(entry.Metadata, p => entry.Property(p.Name).CurrentValue), details));
        }
    }

    /// <summary>Records a sensitive read (or any non-change act) in the trail; saved with the next SaveChanges.</summary>
    public static void Record(DbContext db, AuditContext audit, string action, string entityType, string? entityId, string? details = null) =>
        db.Set<AuditEntry>().Add(New(audit, audit.Time.GetUtcNow(), action, entityType, entityId, details));

    /// <summary>
    /// Writes a line for a read of confidential data (a reporter shown, an export with reporter
    /// columns) at once, as its own INSERT: tracked changes of the context are neither saved nor lost.
    /// <paramref name="details"/> says what was read, never the values.
    /// </summary>
    public static Task RecordReadAsync(BluehelmDbContext db, string entityType, string? entityId, string details, CancellationToken ct) =>
        db.InsertNewAsync([New(db.Audit, db.Audit.Time.GetUtcNow(), "read", entityType, entityId, details)], ct);

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
            .ToList();
        if (changed.Count == 0)
        {
            return null;
        }

        var json = Changes(changed, MaxValueLength);
        // The column holds 4000 characters: shorter values first, field names alone as the last resort.
        return json.Length <= 4000 ? json : Changes(changed, 40) is { Length: <= 4000 } shorter ? shorter : string.Join(", ", changed.Select(p => p.Metadata.Name));
    }

    private const int MaxValueLength = 500;

    /// <summary><c>{"Field":{"old":..,"new":..},"Secret":"(confidential)"}</c>.</summary>
    private static string Changes(List<PropertyEntry> changed, int maxLength)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var p in changed)
            {
                if (AuditModel.IsConfidential(p.Metadata))
                {
                    json.WriteString(p.Metadata.Name, "(confidential)");
                    continue;
                }

                json.WriteStartObject(p.Metadata.Name);
                json.WriteString("old", ValueText(p.OriginalValue, maxLength));
                json.WriteString("new", ValueText(p.CurrentValue, maxLength));
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string? ValueText(object? value, int maxLength)
    {
        var text = value switch
        {
            null => null,
            DateTimeOffset t => t.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            DateTime t => t.ToString("O", CultureInfo.InvariantCulture),
            // ISO days, not the invariant culture's month-first "11/30/2026".
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Enum e => e.ToString(),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture),
        };
        return text is { Length: > 0 } && text.Length > maxLength ? text[..maxLength] + "…" : text;
    }

    private static string? KeyOf(IEntityType type, Func<IProperty, object?> value) =>
        type.FindPrimaryKey() is { } key
            ? string.Join("/", key.Properties.Select(p => Convert.ToString(value(p), CultureInfo.InvariantCulture)))
            : null;
}
