using Bluehelm.Platform.Data;
using Bluehelm.Platform.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Bluehelm.Migrations.Sqlite;

/// <summary>
/// Used only by `dotnet ef migrations add` (see README): builds the context for this provider so the
/// migrations of this project are generated against it. No database is contacted.
/// </summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<BluehelmDbContext>
{
    public BluehelmDbContext CreateDbContext(string[] args)
    {
        var settings = new BluehelmOptions { Database = new DatabaseOptions { Provider = DatabaseProviders.Sqlite, ConnectionString = "Data Source=design.db" } };
        var builder = new DbContextOptionsBuilder<BluehelmDbContext>();
        DatabaseRegistration.Configure(builder, settings);
        return new BluehelmDbContext(builder.Options);
    }
}
