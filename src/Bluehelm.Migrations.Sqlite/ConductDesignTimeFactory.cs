using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Bluehelm.Migrations.Sqlite;

/// <summary>Used only by `dotnet ef migrations add ... --context ConductDbContext`: the Conduct module's own context on this provider.</summary>
internal sealed class ConductDesignTimeFactory : IDesignTimeDbContextFactory<ConductDbContext>
{
    public ConductDbContext CreateDbContext(string[] args)
    {
        var settings = new BluehelmOptions { Database = new DatabaseOptions { Provider = DatabaseProviders.Sqlite, ConnectionString = "Data Source=design.db" } };
        var builder = new DbContextOptionsBuilder<ConductDbContext>();
        DatabaseRegistration.Configure(builder, settings, null, ConductDbContext.HistoryTable);
        return new ConductDbContext(builder.Options);
    }
}
