using System.Data.Common;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Bluehelm.IntegrationTests.Conduct;

/// <summary>The host with the Conduct module on a database of its own (<c>Bluehelm:Conduct:ConnectionString</c>).</summary>
public sealed class SeparateConductDatabaseApp : BluehelmApp
{
    private string? _postgresDatabase;

    public string ConductConnectionString { get; private set; } = "";

    public override async ValueTask InitializeAsync()
    {
        if (PostgresServer is { } server)
        {
            (_postgresDatabase, ConductConnectionString) = await PostgresTestDatabase.CreateAsync(server);
        }
        else
        {
            ConductConnectionString = $"Data Source={Path.Combine(DataDirectory, "conduct.db")};Pooling=True;Default Timeout=30";
        }

        Settings["Bluehelm:Conduct:ConnectionString"] = ConductConnectionString;
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_postgresDatabase is not null && PostgresServer is { } server)
        {
            await PostgresTestDatabase.DropAsync(server, _postgresDatabase);
        }
    }

    /// <summary>How many tables named <paramref name="table"/> the database of <paramref name="connectionString"/> holds (0 or 1).</summary>
    public async Task<long> TablesNamedAsync(string connectionString, string table)
    {
        await using DbConnection connection = Provider == "sqlite" ? new SqliteConnection(connectionString) : new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = Provider == "sqlite"
            ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $name"
            : "SELECT count(*) FROM information_schema.tables WHERE table_name = @name";
        var parameter = command.CreateParameter();
        parameter.ParameterName = Provider == "sqlite" ? "$name" : "name";
        parameter.Value = table;
        command.Parameters.Add(parameter);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>
/// Production may keep SEA cases in a database apart from the rest of Bluehelm: with the setting,
/// every Conduct table (cases, its audit trail, its migrations history) is there and none is in the
/// main database, and the module works as before.
/// </summary>
public sealed class SeparateDatabaseTests(SeparateConductDatabaseApp app) : IClassFixture<SeparateConductDatabaseApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("conduct_cases")]
    [InlineData("conduct_audit_entries")]
    [InlineData("conduct_migrations_history")]
    public async Task Start_ConductConnectionString_ConductTablesOnlyInTheirOwnDatabase(string table)
    {
        (await app.TablesNamedAsync(app.ConductConnectionString, table)).ShouldBe(1);
        (await app.TablesNamedAsync(app.ConnectionString, table)).ShouldBe(0);
        (await app.TablesNamedAsync(app.ConnectionString, "alerts")).ShouldBe(1);
        (await app.TablesNamedAsync(app.ConductConnectionString, "alerts")).ShouldBe(0);
    }

    [Fact]
    public async Task ReadCases_ConductConnectionString_DemoCasesAndAuditInTheConductDatabase()
    {
        var officer = await app.ClientFor("conduct.minusca@demo.bluehelm.local");
        var cases = await officer.GetFromJsonAsync<JsonElement>("/api/v1/conduct/cases", Ct);
        cases.GetProperty("items").GetArrayLength().ShouldBeGreaterThan(0);

        await using DbConnection connection = app.Provider == "sqlite" ? new SqliteConnection(app.ConductConnectionString) : new NpgsqlConnection(app.ConductConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM conduct_audit_entries WHERE \"Action\" = 'read'";
        Convert.ToInt64(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
    }
}
