using Bluehelm.Platform.Data;
using Bluehelm.Platform.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Bluehelm.IntegrationTests.Platform;

/// <summary>
/// A fresh database of its own (a SQLite file, or a PostgreSQL database when <c>BLUEHELM_TEST_POSTGRES</c>
/// is set) for tests that migrate to an earlier release, write rows as that release stored them, and
/// migrate on.
/// </summary>
public abstract class MigrationTestDatabase : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bluehelm-migrate-").FullName;
    private string? _postgresDatabase;
    private BluehelmOptions _settings = new();

    protected static bool IsSqlite => BluehelmApp.PostgresServer is null;

    public async ValueTask InitializeAsync()
    {
        string connectionString;
        if (BluehelmApp.PostgresServer is { } server)
        {
            (_postgresDatabase, connectionString) = await PostgresTestDatabase.CreateAsync(server);
        }
        else
        {
            connectionString = $"Data Source={Path.Combine(_folder, "old.db")};Pooling=False";
        }

        _settings = new BluehelmOptions { Database = new DatabaseOptions { Provider = IsSqlite ? "sqlite" : "postgres", ConnectionString = connectionString } };
    }

    protected BluehelmDbContext Context()
    {
        var builder = new DbContextOptionsBuilder<BluehelmDbContext>();
        DatabaseRegistration.Configure(builder, _settings);
        return new BluehelmDbContext(builder.Options);
    }

    /// <summary>Migrates <paramref name="db"/> up to the migration whose name ends with <paramref name="name"/>.</summary>
    protected static Task MigrateToAsync(BluehelmDbContext db, string name, CancellationToken ct) =>
        db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().Single(m => m.EndsWith("_" + name, StringComparison.Ordinal)), ct);

    /// <summary>An instant as the schema stores it: UTC ticks on SQLite, a timestamp on PostgreSQL.</summary>
    protected static object At(DateTimeOffset at) => IsSqlite ? at.UtcTicks : at;

    /// <summary>A GUID as the schema stores it: upper-case text on SQLite, uuid on PostgreSQL.</summary>
    protected static object Id(Guid id) => IsSqlite ? id.ToString().ToUpperInvariant() : id;

    public async ValueTask DisposeAsync()
    {
        if (_postgresDatabase is not null && BluehelmApp.PostgresServer is { } server)
        {
            await PostgresTestDatabase.DropAsync(server, _postgresDatabase);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
