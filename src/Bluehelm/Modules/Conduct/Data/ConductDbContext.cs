using Bluehelm.Platform.Audit;
using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Conduct.Data;

/// <summary>
/// The Conduct module's own context, so production can keep sexual exploitation and abuse cases in
/// a database of their own (<see cref="ConductOptions.ConnectionString"/>; by default the shared
/// database). Only the configurations of this module (<see cref="IConductEntityConfiguration{T}"/>),
/// the shared conventions, and an audit trail of its own (<c>conduct_audit_entries</c>): reads and
/// changes of cases never leave this database.
/// </summary>
internal sealed class ConductDbContext(DbContextOptions<ConductDbContext> options) : DbContext(options)
{
    public const string HistoryTable = "conduct_migrations_history";

    private AuditContext _audit = AuditContext.System;

    /// <summary>Whose changes these are: set for the lease by the scope that rented this context.</summary>
    internal AuditContext Audit
    {
        get => _audit;
        set => _audit = value;
    }

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ConductDbContext).Assembly,
            t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConductEntityConfiguration<>)));
        modelBuilder.Entity<AuditEntry>(b =>
        {
            new AuditEntryConfiguration().Configure(b);
            b.ToTable("conduct_audit_entries");
        });
        ModelConventions.KeysNeverGenerated(modelBuilder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        ModelConventions.InstantsAsUtcTicksOnSqlite(configurationBuilder, this);

    /// <summary>Records a read of a case (or of its sealed fields) in this database's trail; saved with the next save.</summary>
    public void RecordRead(string entityType, string? entityId, string details) =>
        AuditWriter.Record(this, _audit, "read", entityType, entityId, details);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AuditWriter.AddEntries(this, _audit);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AuditWriter.AddEntries(this, _audit);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override void Dispose()
    {
        _audit = AuditContext.System;
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        _audit = AuditContext.System;
        return base.DisposeAsync();
    }
}
