using Bluehelm.Platform.Audit;
using Bluehelm.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Bluehelm.Tests.Platform.Data;

/// <summary>A fresh SQLite database file per test class, with contexts configured as the application configures them.</summary>
public sealed class SqliteTestDatabase : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bluehelm-data-").FullName;

    public SqliteTestDatabase()
    {
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "t.db"), Pooling = false }.ToString();
        using var db = Context();
        db.Database.EnsureCreated();
    }

    public string ConnectionString { get; }

    /// <summary>A context with the application's SQLite pragmas and, if given, interceptors of the test's own.</summary>
    public BluehelmDbContext Context(params IInterceptor[] interceptors) =>
        new(new DbContextOptionsBuilder<BluehelmDbContext>().UseSqlite(ConnectionString).AddInterceptors([new SqlitePragmas(), .. interceptors]).Options);

    public static AuditEntry Entry(Guid? id = null, string actor = "test") =>
        new() { Id = id ?? Guid.CreateVersion7(), Actor = actor, Action = "create", EntityType = "Test" };

    public void Execute(string sql)
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public async Task<int> CountAsync(IEnumerable<Guid> ids)
    {
        var list = ids.ToList();
        await using var db = Context();
        return await db.AuditEntries.CountAsync(e => list.Contains(e.Id), TestContext.Current.CancellationToken);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
