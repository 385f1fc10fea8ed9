using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Bluehelm.Platform.Data;

/// <summary>How to insert one entity type as a plain INSERT: the SQL, and per column its CLR getter and provider type mapping.</summary>
internal sealed class InsertTablePlan
{
    private readonly string _sql;
    private readonly Column[] _columns;
    private readonly string[] _parameterNames;

    private InsertTablePlan(string sql, Column[] columns, string[] parameterNames, int rank, bool selfReferencing)
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

    /// <summary>
    /// The plan, or null when a row of this type is not exactly one row of one table that EF would
    /// write with the entity's own values (the list is in <c>Platform/Data/README.md</c>).
    /// </summary>
    public static InsertTablePlan? Build(IEntityType type, ISqlGenerationHelper helper)
    {
        var table = type.GetTableName();
        var schema = type.GetSchema();
        if (table is null
            || type.FindPrimaryKey() is null
            || type.IsOwned()
            || type.BaseType is not null
            || type.GetDirectlyDerivedTypes().Any()
            || type.GetComplexProperties().Any()
            || type.GetNavigations().Any(n => n.TargetEntityType.IsOwned())
            || type.GetMappingFragments().Any()
            || SharesTable(type, table, schema)
            || DepthOf(type, []) is not { } rank)
        {
            return null;
        }

        var store = StoreObjectIdentifier.Table(table, schema);
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
        var sql = $"INSERT INTO {helper.DelimitIdentifier(table, schema)} ({string.Join(", ", columns.Select(c => helper.DelimitIdentifier(c.Name)))}) "
            + $"VALUES ({string.Join(", ", names.Select(helper.GenerateParameterNamePlaceholder))})";
        return new InsertTablePlan(sql, [.. columns], [.. names.Select(helper.GenerateParameterName)], rank, type.GetForeignKeys().Any(f => f.PrincipalEntityType == type));
    }

    public DbCommand CreateCommand(DbConnection connection, DbTransaction? transaction)
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

    /// <summary>
    /// Table splitting, owned types in their owner's table, a hierarchy in one table: one row there
    /// holds columns of several entity types, which EF writes as one INSERT and a plain INSERT of one
    /// type would not.
    /// </summary>
    private static bool SharesTable(IEntityType type, string table, string? schema) =>
        type.Model.GetEntityTypes().Any(other => other != type
            && string.Equals(other.GetTableName(), table, StringComparison.Ordinal)
            && string.Equals(other.GetSchema(), schema, StringComparison.Ordinal));

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
