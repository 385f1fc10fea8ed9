using Bluehelm.Platform.Audit;
using Bluehelm.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Platform.Data;

/// <summary>The one EF Core context; each module contributes its own entity configurations.</summary>
public sealed class BluehelmDbContext(DbContextOptions<BluehelmDbContext> options, AuditContext? auditContext = null)
    : IdentityDbContext<BluehelmUser, BluehelmRole, Guid>(options)
{
    private readonly AuditContext _audit = auditContext ?? AuditContext.System;

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<UserScope> UserScopes => Set<UserScope>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(BluehelmDbContext).Assembly);

        // Ids are UUIDv7 made by the entities themselves, so a new child added through a navigation
        // is inserted, not mistaken for an existing row to update.
        foreach (var key in builder.Model.GetEntityTypes().Select(t => t.FindPrimaryKey()).OfType<Microsoft.EntityFrameworkCore.Metadata.IMutableKey>())
        {
            foreach (var property in key.Properties.Where(p => p.ClrType == typeof(Guid)))
            {
                property.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset natively; storing UTC ticks keeps
        // both providers sortable and identical in behaviour.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AuditWriter.AddEntries(this, _audit);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AuditWriter.AddEntries(this, _audit);
        return SqliteGroupCommit.Applies(this)
            ? SqliteGroupCommit.For(Database.GetConnectionString()!).SaveAsync(this, ct => base.SaveChangesAsync(false, ct), acceptAllChangesOnSuccess, cancellationToken)
            : base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}

/// <summary>Stores a <see cref="DateTimeOffset"/> as UTC ticks (SQLite only).</summary>
internal sealed class DateTimeOffsetToUtcTicksConverter()
    : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, long>(
        v => v.UtcTicks,
        v => new DateTimeOffset(v, TimeSpan.Zero));
