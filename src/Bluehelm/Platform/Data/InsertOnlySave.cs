using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Bluehelm.Platform.Data;

/// <summary>
/// A save that only adds rows (an alert taken in: the alert, its first timeline entry, its audit row)
/// written as plain parameterized INSERTs built from the EF model, through commands prepared once per
/// group-commit batch, instead of through EF's update pipeline.
/// </summary>
/// <remarks>
/// Measured on the intake path: EF's SaveChanges (command batching, SQL generation and parameter
/// objects per row, SQLite parsing each statement again) cost more server CPU than the rest of the
/// request together. The table, column names and provider conversions come from the same model EF
/// uses (<see cref="RelationalTypeMapping.CreateParameter"/> converts values exactly as EF would), so
/// there is one mapping. Anything else (an update, a delete, a type with shadow or store-generated
/// values, inheritance, owned or complex types, two new rows of a self-referencing table) returns
/// null from <see cref="Collect"/> and EF saves it as usual.
/// </remarks>
internal static class InsertOnlySave
{
    private static readonly ConcurrentDictionary<IEntityType, TablePlan?> Plans = new();
    private static long _saves;

    /// <summary>Saves written this way since start, on every database (for tests).</summary>
    public static long Saves => Interlocked.Read(ref _saves);

    /// <summary>The rows of an insert-only save in foreign-key order, or null when EF must save it.</summary>
    public static List<Row>? Collect(DbContext context)
    {
        var helper = context.GetService<ISqlGenerationHelper>();
        var tracker = context.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            var rows = new List<Row>();
            foreach (var entry in tracker.Entries())
            {
                if (entry.State == EntityState.Unchanged || entry.State == EntityState.Detached)
                {
                    continue;
                }

                if (entry.State != EntityState.Added || !TryAdd(rows, entry.Metadata, entry.Entity, entry, helper))
                {
                    return null;
                }
            }

            return rows.Count == 0 ? null : Ordered(rows);
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>Rows for new, untracked entities in foreign-key order, or null when one of them cannot be written this way.</summary>
    public static List<Row>? RowsFor(DbContext context, IEnumerable<object> entities)
    {
        var helper = context.GetService<ISqlGenerationHelper>();
        var rows = new List<Row>();
        foreach (var entity in entities)
        {
            if (context.Model.FindEntityType(entity.GetType()) is not { } type || !TryAdd(rows, type, entity, null, helper))
            {
                return null;
            }
        }

        return rows.Count == 0 ? null : Ordered(rows);
    }

    private static bool TryAdd(List<Row> rows, IEntityType type, object entity, EntityEntry? entry, ISqlGenerationHelper helper)
    {
        if (Plans.GetOrAdd(type, TablePlan.Build, helper) is not { } plan
            || (plan.SelfReferencing && rows.Exists(r => ReferenceEquals(r.Plan, plan))))
        {
            return false;
        }

        rows.Add(new Row(plan, entity, entry));
        return true;
    }

    // Principals before dependents; stable within a table (List.Sort is not, so keep the index).
    private static List<Row> Ordered(List<Row> rows) =>
        [.. rows.Select((r, i) => (r, i)).OrderBy(x => x.r.Plan.Rank).ThenBy(x => x.i).Select(x => x.r)];

    private static DbUpdateException Failed(DbException e, IEnumerable<Row> rows) =>
        new("An error occurred while saving the entity changes. See the inner exception for details.", e,
            [.. rows.Select(r => r.Entry).OfType<EntityEntry>()]);

    /// <summary>
    /// Saves <paramref name="rows"/> in a transaction of their own on the context's connection (on
    /// PostgreSQL one batch, one round trip), and accepts the changes once committed.
    /// </summary>
    public static async Task<int> SaveAsync(DbContext context, List<Row> rows, bool acceptAllChangesOnSuccess, CancellationToken ct)
    {
        await context.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = context.Database.GetDbConnection();
            try
            {
                if (connection is Npgsql.NpgsqlConnection)
                {
                    // One round trip: PostgreSQL runs the statements of one batch (up to its Sync) as
                    // one implicit transaction, all or none, committed (durably) before it answers.
                    await using var batch = connection.CreateBatch();
                    await using var factory = connection.CreateCommand();
                    foreach (var row in rows)
                    {
                        var command = batch.CreateBatchCommand();
                        row.Plan.Bind(command, factory, row.Entity);
                        batch.BatchCommands.Add(command);
                    }

                    await batch.ExecuteNonQueryAsync(ct);
                }
                else
                {
                    await using var transaction = await connection.BeginTransactionAsync(ct);
                    using (var commands = new Commands(connection, transaction))
                    {
                        commands.Insert(rows);
                    }

                    await transaction.CommitAsync(ct);
                }

                Interlocked.Increment(ref _saves);
            }
            catch (DbException e)
            {
                throw Failed(e, rows);
            }
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }

        if (acceptAllChangesOnSuccess)
        {
            context.ChangeTracker.AcceptAllChanges();
        }

        return rows.Count;
    }

    /// <summary>One row to insert: its table plan, the entity holding its values, and its entry when tracked.</summary>
    internal readonly record struct Row(TablePlan Plan, object Entity, EntityEntry? Entry);

    /// <summary>Commands prepared for one connection and transaction, one per table, reused for every row.</summary>
    internal sealed class Commands(DbConnection connection, DbTransaction transaction) : IDisposable
    {
        private readonly Dictionary<TablePlan, DbCommand> _byTable = [];

        /// <summary>Inserts <paramref name="rows"/>; a provider error becomes a <see cref="DbUpdateException"/> as EF would throw.</summary>
        public int Insert(List<Row> rows)
        {
            var current = rows[0];
            try
            {
                foreach (var row in rows)
                {
                    current = row;
                    if (!_byTable.TryGetValue(row.Plan, out var command))
                    {
                        command = row.Plan.CreateCommand(connection, transaction);
                        _byTable[row.Plan] = command;
                    }

                    row.Plan.Bind(command, row.Entity);
                    command.ExecuteNonQuery();
                }

                Interlocked.Increment(ref _saves);
                return rows.Count;
            }
            catch (DbException e)
            {
                throw Failed(e, [current]);
            }
        }

        public void Dispose()
        {
            foreach (var command in _byTable.Values)
            {
                command.Dispose();
            }

            _byTable.Clear();
        }
    }

    /// <summary>How to insert one entity type: SQL, and per column its CLR getter and provider type mapping.</summary>
    internal sealed class TablePlan
    {
        private readonly string _sql;
        private readonly Column[] _columns;
        private readonly string[] _parameterNames;

        private TablePlan(string sql, Column[] columns, string[] parameterNames, int rank, bool selfReferencing)
        {
            _sql = sql;
            _columns = columns;
            _parameterNames = parameterNames;
            Rank = rank;
            SelfReferencing = selfReferencing;
        }

        /// <summary>Depth in the foreign-key graph: rows of lower rank are inserted first.</summary>
        public int Rank { get; }

        public bool SelfReferencing { get; }

        public static TablePlan? Build(IEntityType type, ISqlGenerationHelper helper)
        {
            var table = type.GetTableName();
            if (table is null
                || type.IsOwned()
                || type.BaseType is not null
                || type.GetDirectlyDerivedTypes().Any()
                || type.GetComplexProperties().Any()
                || type.GetNavigations().Any(n => n.TargetEntityType.IsOwned())
                || type.GetMappingFragments().Any()
                || DepthOf(type, []) is not { } rank)
            {
                return null;
            }

            var store = StoreObjectIdentifier.Table(table, type.GetSchema());
            var columns = new List<Column>();
            foreach (var property in type.GetProperties())
            {
                if (property.IsShadowProperty()
                    || property.ValueGenerated != ValueGenerated.Never
                    || property.GetColumnName(store) is not { } column
                    || property.GetComputedColumnSql(store) is not null
                    || property.GetRelationalTypeMapping() is not { } mapping)
                {
                    return null;
                }

                columns.Add(new Column(column, property.IsNullable, property.GetGetter(), mapping));
            }

            var names = columns.Select((_, i) => "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var sql = $"INSERT INTO {helper.DelimitIdentifier(table, type.GetSchema())} ({string.Join(", ", columns.Select(c => helper.DelimitIdentifier(c.Name)))}) "
                + $"VALUES ({string.Join(", ", names.Select(helper.GenerateParameterNamePlaceholder))})";
            return new TablePlan(sql, [.. columns], [.. names.Select(helper.GenerateParameterName)], rank, type.GetForeignKeys().Any(f => f.PrincipalEntityType == type));
        }

        public DbCommand CreateCommand(DbConnection connection, DbTransaction transaction)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = _sql;
            return command;
        }

        public void Bind(DbCommand command, object entity)
        {
            command.Parameters.Clear();
            for (var i = 0; i < _columns.Length; i++)
            {
                command.Parameters.Add(Parameter(command, i, entity));
            }
        }

        /// <summary>Fills a batch command; <paramref name="factory"/> only makes the parameters (EF's type mappings take a command).</summary>
        public void Bind(DbBatchCommand command, DbCommand factory, object entity)
        {
            command.CommandText = _sql;
            for (var i = 0; i < _columns.Length; i++)
            {
                command.Parameters.Add(Parameter(factory, i, entity));
            }
        }

        private DbParameter Parameter(DbCommand factory, int i, object entity)
        {
            var c = _columns[i];
            return c.Mapping.CreateParameter(factory, _parameterNames[i], c.Getter.GetClrValueUsingContainingEntity(entity), c.Nullable);
        }

        /// <summary>Foreign-key depth, or null for a cycle through other tables (EF orders those).</summary>
        private static int? DepthOf(IEntityType type, HashSet<IEntityType> visiting)
        {
            if (!visiting.Add(type))
            {
                return null;
            }

            var rank = 0;
            foreach (var principal in type.GetForeignKeys().Select(f => f.PrincipalEntityType).Where(p => p != type).Distinct())
            {
                if (DepthOf(principal, visiting) is not { } r)
                {
                    return null;
                }

                rank = Math.Max(rank, r + 1);
            }

            visiting.Remove(type);
            return rank;
        }

        private readonly record struct Column(string Name, bool Nullable, IClrPropertyGetter Getter, RelationalTypeMapping Mapping);
    }
}
