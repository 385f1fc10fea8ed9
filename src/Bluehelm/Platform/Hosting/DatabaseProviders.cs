namespace Bluehelm.Platform.Hosting;

/// <summary>Names of the supported database providers.</summary>
public static class DatabaseProviders
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
}
