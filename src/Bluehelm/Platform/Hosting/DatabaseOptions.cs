namespace Bluehelm.Platform.Hosting;

/// <summary>Which database Bluehelm stores its data in.</summary>
public sealed class DatabaseOptions
{
    /// <summary><c>sqlite</c> (embedded, default) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = DatabaseProviders.Sqlite;

    /// <summary>Connection string; for SQLite it defaults to <c>bluehelm.db</c> in the data folder.</summary>
    public string? ConnectionString { get; set; }
}
