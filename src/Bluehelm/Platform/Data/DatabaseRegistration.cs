using Bluehelm.Platform.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Platform.Data;

/// <summary>Chooses the provider from configuration; migrations live in one assembly per provider.</summary>
public static class DatabaseRegistration
{
    public const string SqliteMigrationsAssembly = "Bluehelm.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Bluehelm.Migrations.Postgres";

    public static void Configure(DbContextOptionsBuilder options, BluehelmOptions settings) => Configure(options, settings, null, null);

    /// <summary>
    /// A module's own context (Conduct): the same provider as the shared one, on its own connection
    /// string when one is set (else the shared database), with its own migrations history table.
    /// </summary>
    public static void Configure(DbContextOptionsBuilder options, BluehelmOptions settings, string? connectionString, string? historyTable)
    {
        var db = settings.Database;
        switch (db.Provider.ToLowerInvariant())
        {
            case DatabaseProviders.Sqlite:
                options.UseSqlite(connectionString is { Length: > 0 } ? connectionString : SqliteConnectionString(settings), o =>
                {
                    o.MigrationsAssembly(SqliteMigrationsAssembly);
                    if (historyTable is not null)
                    {
                        o.MigrationsHistoryTable(historyTable);
                    }
                });
                break;
            case DatabaseProviders.Postgres or "postgresql" or "npgsql":
                if (string.IsNullOrWhiteSpace(db.ConnectionString))
                {
                    throw new InvalidOperationException("Bluehelm__Database__ConnectionString is required when the provider is postgres.");
                }

                options.UseNpgsql(PostgresConnectionString(connectionString is { Length: > 0 } ? connectionString : db.ConnectionString), o =>
                {
                    o.MigrationsAssembly(PostgresMigrationsAssembly);
                    if (historyTable is not null)
                    {
                        o.MigrationsHistoryTable(historyTable);
                    }
                });
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider '{db.Provider}': use 'sqlite' or 'postgres'.");
        }
    }

    /// <summary>
    /// The configured PostgreSQL connection string with two defaults, each kept if the string sets it:
    /// Npgsql's automatic preparation (statements run again and again, like an alert's INSERTs or the
    /// board's query, are parsed and planned once per connection, not on every request), and no
    /// session reset when a connection goes back to the pool (Bluehelm keeps no session state: no SET,
    /// temporary tables, advisory locks or LISTEN; the reset would cost five statements per request).
    /// </summary>
    public static string PostgresConnectionString(string configured)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(configured);
        if (!configured.Contains("Max Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        if (!configured.Contains("No Reset On Close", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    /// <summary>The SQLite connection string: configured, or <c>bluehelm.db</c> in the data folder.</summary>
    public static string SqliteConnectionString(BluehelmOptions settings)
    {
        if (!string.IsNullOrWhiteSpace(settings.Database.ConnectionString))
        {
            return settings.Database.ConnectionString;
        }

        var folder = settings.ResolveDataDirectory();
        DataFolder.EnsurePrivate(folder);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, "bluehelm.db"),
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }
}
