using Npgsql;

namespace Bluehelm.Testing;

/// <summary>A fresh PostgreSQL database per fixture on the test server of <c>BLUEHELM_TEST_POSTGRES</c>.</summary>
public static class PostgresTestDatabase
{
    public static async Task<(string Name, string ConnectionString)> CreateAsync(string server)
    {
        var name = "bluehelm_test_" + Guid.NewGuid().ToString("N")[..12];
        await using var admin = new NpgsqlConnection(server);
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
        await create.ExecuteNonQueryAsync();
        return (name, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }

    public static async Task DropAsync(string server, string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(server);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
