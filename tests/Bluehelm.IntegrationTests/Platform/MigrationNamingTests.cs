using System.Text.RegularExpressions;
using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.IntegrationTests.Platform;

public sealed class MigrationNamingTests
{
    /// <summary>Written before the convention; their ids are in every database's history, so they keep their names.</summary>
    private static readonly string[] Legacy = ["Initial", "Alerts"];

    private static List<string> NamesOf(string provider)
    {
        var settings = new Bluehelm.Platform.Hosting.BluehelmOptions
        {
            Database = new() { Provider = provider, ConnectionString = provider == "sqlite" ? "Data Source=:memory:" : "Host=127.0.0.1;Database=unused" },
        };
        var builder = new DbContextOptionsBuilder<BluehelmDbContext>();
        DatabaseRegistration.Configure(builder, settings);
        using var db = new BluehelmDbContext(builder.Options);
        return [.. db.Database.GetMigrations().Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..])];
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Migrations_EveryNewOne_IsNamedModuleUnderscoreChange(string provider)
    {
        var modules = BluehelmModules.All.Select(m => m.GetType().Name[..^"Module".Length]).Append("Platform");
        var pattern = new Regex("^(" + string.Join("|", modules) + ")_[A-Z][A-Za-z0-9]+$", RegexOptions.None, TimeSpan.FromSeconds(1));

        NamesOf(provider).Where(n => !Legacy.Contains(n) && !pattern.IsMatch(n)).ShouldBeEmpty();
    }

    [Fact]
    public void Migrations_BothProviders_HaveTheSameNamesInTheSameOrder() =>
        NamesOf("postgres").ShouldBe(NamesOf("sqlite"));
}
