using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Bluehelm.Platform.Data;

/// <summary>The conventions every Bluehelm context shares (the shared one and a module's own).</summary>
public static class ModelConventions
{
    /// <summary>
    /// Ids are UUIDv7 made by the entities themselves, so a new child added through a navigation
    /// is inserted, not mistaken for an existing row to update.
    /// </summary>
    public static void KeysNeverGenerated(ModelBuilder builder)
    {
        foreach (var key in builder.Model.GetEntityTypes().Select(t => t.FindPrimaryKey()).OfType<IMutableKey>())
        {
            foreach (var property in key.Properties.Where(p => p.ClrType == typeof(Guid)))
            {
                property.ValueGenerated = ValueGenerated.Never;
            }
        }
    }

    /// <summary>
    /// SQLite cannot order or compare DateTimeOffset natively; storing UTC ticks keeps both
    /// providers sortable and identical in behaviour.
    /// </summary>
    public static void InstantsAsUtcTicksOnSqlite(ModelConfigurationBuilder builder, DbContext db)
    {
        if (db.Database.IsSqlite())
        {
            builder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToUtcTicksConverter>();
        }
    }
}
