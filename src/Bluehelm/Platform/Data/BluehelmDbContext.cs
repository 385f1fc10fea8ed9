using Bluehelm.Platform.Audit;
using Bluehelm.Platform.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Platform.Data;

/// <summary>The one EF Core context; each module contributes its own entity configurations.</summary>
/// <remarks>
/// Instances are pooled (<see cref="Hosting.BluehelmHosting.AddBluehelmCore"/>): a request rents one with
/// its <see cref="AuditContext"/> attached, and disposing it hands it back with the system audit context again.
/// </remarks>
public sealed class BluehelmDbContext(DbContextOptions<BluehelmDbContext> options)
    : IdentityDbContext<BluehelmUser, BluehelmRole, Guid>(options), IDataProtectionKeyContext
{
    private AuditContext _audit = AuditContext.System;
    private bool? _isSqlite;

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Whose changes these are: set for the lease by the scope that rented this context.</summary>
    internal AuditContext Audit
    {
        get => _audit;
        set => _audit = value;
    }

    /// <summary>SQLite or not, asked of the provider once per instance (the provider's name is not free to read).</summary>
    internal bool IsSqlite => _isSqlite ??= Database.IsSqlite();

    /// <summary>The SQLite group commit this save can join, or null (PostgreSQL, a caller's transaction, a connection held open).</summary>
    private SqliteGroupCommit? GroupCommit =>
        IsSqlite && SqliteGroupCommit.Applies(this) ? SqliteGroupCommit.For(Database.GetConnectionString()!) : null;

    public DbSet<UserScope> UserScopes => Set<UserScope>();

    /// <summary>The Data Protection key ring on PostgreSQL, shared by every web server (table <c>platform_data_protection_keys</c>).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(BluehelmDbContext).Assembly, t => !typeof(ISeparateContextConfiguration).IsAssignableFrom(t));
        ModelConventions.KeysNeverGenerated(builder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        ModelConventions.InstantsAsUtcTicksOnSqlite(configurationBuilder, this);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AuditWriter.AddEntries(this, _audit);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>
    /// The fast write path, only for callers that ask for it by name (alert intake): inserts new
    /// entities, with their audit rows, as plain INSERTs without EF's save pipeline and without
    /// tracking them (see <c>Platform/Data/README.md</c> for what that leaves out). All or none: inside
    /// the caller's EF transaction when there is one, else in a transaction of its own (the SQLite
    /// group commit, or one PostgreSQL batch). Every entity type must be writable as a plain INSERT
    /// (<see cref="InsertTablePlan.Build"/>); tracked changes are not saved.
    /// </summary>
    internal async Task InsertNewAsync(IReadOnlyList<object> entities, CancellationToken ct)
    {
        if (System.Transactions.Transaction.Current is not null)
        {
            throw new InvalidOperationException("InsertNewAsync does not enlist in a TransactionScope: use Database.BeginTransactionAsync, or Add and SaveChangesAsync.");
        }

        var all = entities.Concat(AuditWriter.ForNew(this, _audit, entities)).ToList();
        var rows = InsertOnlySave.RowsFor(this, all)
            ?? throw new InvalidOperationException("InsertNewAsync: an entity type here cannot be written as a plain INSERT; use Add and SaveChangesAsync.");
        if (rows.Count == 0)
        {
            return;
        }

        if (GroupCommit is { } group)
        {
            await group.InsertAsync(rows, ct);
        }
        else
        {
            await InsertOnlySave.SaveAsync(this, rows, ct);
        }

        InsertOnlySave.Count(this);
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

    /// <summary>
    /// Plain EF: its save pipeline always writes the rows (SavingChanges, interceptors, execution
    /// strategy, command logging). On SQLite, outside a caller's transaction, EF writes them inside the
    /// group commit's shared transaction (<see cref="SqliteGroupCommit"/>), unless a retrying execution
    /// strategy is configured (it refuses to run inside a transaction it did not start).
    /// </summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AuditWriter.AddEntries(this, _audit);
        return GroupCommit is { } group && !Database.CreateExecutionStrategy().RetriesOnFailure
            ? group.SaveAsync(this, ct => base.SaveChangesAsync(false, ct), acceptAllChangesOnSuccess, cancellationToken)
            : base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}
