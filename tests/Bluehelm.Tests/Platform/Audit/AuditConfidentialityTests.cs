using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Platform.Audit;
using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Bluehelm.Tests.Platform.Audit;

/// <summary>
/// A changed sealed value or keyed hash must never be copied into the audit trail's details: every
/// property that holds one, in both contexts, is confidential by its name.
/// </summary>
public sealed class AuditConfidentialityTests
{
    [Fact]
    public void IsConfidential_EverySealedOrLookupPropertyOfBothContexts_IsTrue()
    {
        using var shared = new BluehelmDbContext(new DbContextOptionsBuilder<BluehelmDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var conduct = new ConductDbContext(new DbContextOptionsBuilder<ConductDbContext>().UseSqlite("Data Source=:memory:").Options);
        var properties = Properties(shared.Model).Concat(Properties(conduct.Model))
            .Where(p => p.Name.EndsWith("Sealed", StringComparison.Ordinal) || p.Name.EndsWith("Lookup", StringComparison.Ordinal))
            .ToList();

        properties.Select(p => p.Name).ShouldContain("NarrativeSealed");
        properties.Select(p => p.Name).ShouldContain("NameLookup");
        properties.Where(p => !AuditModel.IsConfidential(p)).Select(p => p.DeclaringType.ClrType.Name + "." + p.Name).ShouldBeEmpty();
    }

    [Fact]
    public void IsConfidential_APlainCaseField_IsFalse()
    {
        using var conduct = new ConductDbContext(new DbContextOptionsBuilder<ConductDbContext>().UseSqlite("Data Source=:memory:").Options);
        var stage = Properties(conduct.Model).Single(p => p.DeclaringType.ClrType.Name == "ConductCase" && p.Name == "Stage");
        AuditModel.IsConfidential(stage).ShouldBeFalse();
    }

    private static IEnumerable<IProperty> Properties(IModel model) => model.GetEntityTypes().SelectMany(e => e.GetProperties());
}
