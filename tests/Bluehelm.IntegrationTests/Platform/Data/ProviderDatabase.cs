using Bluehelm.Platform.Audit;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Bluehelm.IntegrationTests.Platform.Data;

/// <summary>
/// A fresh database for the data-layer tests, configured as the application configures it: a SQLite
/// file, or a new PostgreSQL database when <c>BLUEHELM_TEST_POSTGRES</c> is set (dropped afterwards).
/// </summary>
public sealed class ProviderDatabase : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bluehelm-data-").FullName;
    private readonly BluehelmOptions _settings = new();
    private string? _postgresDatabase;

    public string Provider => _settings.Database.Provider;

    public async ValueTask InitializeAsync()
    {
        _settings.DataDirectory = _folder;
        if (BluehelmApp.PostgresServer is { } server)
        {
            (_postgresDatabase, var connectionString) = await PostgresTestDatabase.CreateAsync(server);
            _settings.Database = new DatabaseOptions { Provider = DatabaseProviders.Postgres, ConnectionString = connectionString };
        }

        await using var db = Context();
        await db.Database.EnsureCreatedAsync();
    }

    public BluehelmDbContext Context(params IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<BluehelmDbContext>();
        DatabaseRegistration.Configure(options, _settings);
        options.AddInterceptors([new SqlitePragmas(), .. interceptors]);
        return new BluehelmDbContext(options.Options);
    }

    public static AuditEntry Entry() => new() { Actor = "test", Action = "create", EntityType = "Test" };

    public async Task<int> CountAsync(IEnumerable<Guid> ids)
    {
        var list = ids.ToList();
        await using var db = Context();
        return await db.AuditEntries.CountAsync(e => list.Contains(e.Id), TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresDatabase is not null && BluehelmApp.PostgresServer is { } server)
        {
            await PostgresTestDatabase.DropAsync(server, _postgresDatabase);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a pooled connection: the OS temp cleaner takes it later.
        }
    }
}
