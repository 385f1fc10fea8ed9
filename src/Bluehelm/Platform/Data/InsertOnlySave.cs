using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Bluehelm.Platform.Data;

/// <summary>
/// The hand-written insert path behind <see cref="BluehelmDbContext.InsertNewAsync"/>: new, untracked
/// entities written as plain parameterized INSERTs built from the EF model, without EF's save pipeline
/// (no interceptors, no SavingChanges, no execution strategy, no change tracking). What it does and
/// refuses, and why: <c>Platform/Data/README.md</c>.
/// </summary>
/// <remarks>
/// Measured on the intake path (<c>docs/benchmarks.md</c>): EF's SaveChanges (command batching, SQL
/// generation and parameter objects per row, SQLite parsing each statement again) cost more server
/// CPU than the rest of the request together. The table, column names and provider conversions come
/// from the same model EF uses (<see cref="RelationalTypeMapping.CreateParameter"/> converts values
/// exactly as EF would), so there is one mapping.
/// </remarks>
internal static class InsertOnlySave
{
    private const string Savepoint = "bluehelm_insert";

    private static readonly ConcurrentDictionary<IEntityType, InsertTablePlan?> Plans = new();
    private static readonly ConcurrentDictionary<string, StrongBox<long>> SavesByDatabase = new(StringComparer.Ordinal);

    /// <summary>Saves written this way on the database of <paramref name="context"/> (for tests: other databases do not move it).</summary>
    public static long SavesOn(DbContext context) =>
        SavesByDatabase.TryGetValue(DatabaseOf(context), out var saves) ? Interlocked.Read(ref saves.Value) : 0;

    /// <summary>Counts one save written this way, once it is written (committed, or in the caller's transaction).</summary>
    public static void Count(DbContext context) =>
        Interlocked.Increment(ref SavesByDatabase.GetOrAdd(DatabaseOf(context), static _ => new StrongBox<long>()).Value);

    /// <summary>Rows for new, untracked entities in foreign-key order, or null when one of them cannot be written this way.</summary>
    public static List<InsertRow>? RowsFor(DbContext context, IEnumerable<object> entities)
    {
        var helper = context.GetService<ISqlGenerationHelper>();
        var rows = new List<InsertRow>();
        foreach (var entity in entities)
        {
            if (context.Model.FindEntityType(entity.GetType()) is not { } type
                || Plans.GetOrAdd(type, InsertTablePlan.Build, helper) is not { } plan
                || (plan.SelfReferencing && rows.Exists(r => ReferenceEquals(r.Plan, plan))))
            {
                return null;
            }

            rows.Add(new InsertRow(plan, entity));
        }

        // Principals before dependents; stable within a table (List.Sort is not, so keep the index).
        return [.. rows.Select((r, i) => (r, i)).OrderBy(x => x.r.Plan.Rank).ThenBy(x => x.i).Select(x => x.r)];
    }

    /// <summary>A provider error as EF would report it.</summary>
    public static DbUpdateException Failed(DbException e) =>
        new("An error occurred while saving the entity changes. See the inner exception for details.", e);

    /// <summary>
    /// Writes <paramref name="rows"/> on the context's connection, all or none: inside the caller's EF
    /// transaction when there is one (in a savepoint, so a failure leaves that transaction usable), or
    /// else in a transaction of its own (on PostgreSQL one batch, one round trip).
    /// </summary>
    public static async Task SaveAsync(DbContext context, List<InsertRow> rows, CancellationToken ct)
    {
        await context.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = context.Database.GetDbConnection();
            if (context.Database.CurrentTransaction?.GetDbTransaction() is { } callers)
            {
                await InSavepointAsync(connection, callers, rows, ct);
            }
            else if (connection is Npgsql.NpgsqlConnection)
            {
                // PostgreSQL runs the statements of one batch (up to its Sync) as one implicit
                // transaction, all or none, committed (durably) before it answers.
                await BatchAsync(connection, null, rows, ct);
            }
            else
            {
                await using var transaction = await connection.BeginTransactionAsync(ct);
                using (var commands = new InsertCommands(connection, transaction))
                {
                    commands.Insert(rows);
                }

                await transaction.CommitAsync(ct);
            }
        }
        catch (DbException e)
        {
            throw Failed(e);
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    private static async Task InSavepointAsync(DbConnection connection, DbTransaction transaction, List<InsertRow> rows, CancellationToken ct)
    {
        await transaction.SaveAsync(Savepoint, ct);
        try
        {
            if (connection is Npgsql.NpgsqlConnection)
            {
                await BatchAsync(connection, transaction, rows, ct);
            }
            else
            {
                using var commands = new InsertCommands(connection, transaction);
                commands.Insert(rows);
            }

            await transaction.ReleaseAsync(Savepoint, ct);
        }
        catch
        {
            try
            {
                await transaction.RollbackAsync(Savepoint, CancellationToken.None);
            }
            catch (Exception e) when (e is DbException or InvalidOperationException)
            {
                // SQLite may have rolled the caller's whole transaction back already: the caller needs the first error.
            }

            throw;
        }
    }

    private static async Task BatchAsync(DbConnection connection, DbTransaction? transaction, List<InsertRow> rows, CancellationToken ct)
    {
        await using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        await using var factory = connection.CreateCommand();
        foreach (var row in rows)
        {
            var command = batch.CreateBatchCommand();
            row.Plan.Bind(command, factory, row.Entity);
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(ct);
    }

    private static string DatabaseOf(DbContext context) => context.Database.GetConnectionString() ?? "";
}
