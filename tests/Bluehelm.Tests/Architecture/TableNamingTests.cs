using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Tests.Architecture;

public sealed class TableNamingTests
{
    [Fact]
    public void Model_EveryTable_IsPrefixedByItsModule()
    {
        var options = new DbContextOptionsBuilder<BluehelmDbContext>().UseSqlite("Data Source=:memory:").Options;
        using var db = new BluehelmDbContext(options);
        var modules = BluehelmModules.All.ToDictionary(m => m.GetType().Namespace!, m => m.Name, StringComparer.Ordinal);

        var wrong = new List<string>();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
        {
            var ns = entity.ClrType.Namespace ?? "";
            var prefix = modules.FirstOrDefault(m => ns == m.Key || ns.StartsWith(m.Key + ".", StringComparison.Ordinal)).Value ?? "platform";
            var table = entity.GetTableName()!;
            if (table != prefix && !table.StartsWith(prefix + "_", StringComparison.Ordinal))
            {
                wrong.Add($"{entity.ClrType.Name} -> {table} (expected {prefix}_...)");
            }
        }

        wrong.ShouldBeEmpty();
    }
}
