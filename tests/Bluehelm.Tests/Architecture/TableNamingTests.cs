using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Tests.Architecture;

public sealed class TableNamingTests
{
    [Fact]
    public void Model_EveryTable_IsPrefixedByItsModule()
    {
        using var shared = new BluehelmDbContext(new DbContextOptionsBuilder<BluehelmDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var conduct = new ConductDbContext(new DbContextOptionsBuilder<ConductDbContext>().UseSqlite("Data Source=:memory:").Options);
        var modules = BluehelmModules.All.ToDictionary(m => m.GetType().Namespace!, m => m.Name, StringComparer.Ordinal);

        var wrong = new List<string>();
        foreach (var entity in shared.Model.GetEntityTypes().Concat(conduct.Model.GetEntityTypes()).Where(e => e.GetTableName() is not null))
        {
            // The Conduct database keeps its own audit trail (Platform's AuditEntry type in a conduct_ table).
            var ns = entity.ClrType == typeof(Bluehelm.Platform.Audit.AuditEntry) && entity.Model == conduct.Model ? "Bluehelm.Modules.Conduct" : entity.ClrType.Namespace ?? "";
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
