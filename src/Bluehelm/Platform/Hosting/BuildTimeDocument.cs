namespace Bluehelm.Platform.Hosting;

/// <summary>
/// The build runs the web program to write the OpenAPI document (the GetDocument tool). That run
/// must touch no database: no initialization, and no background job (a job's first run would query
/// tables that do not exist there, and the tool fails the build on the error it logs).
/// </summary>
public static class BuildTimeDocument
{
    public static bool IsRunning { get; } =
        string.Equals(System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name, "GetDocument.Insider", StringComparison.Ordinal);
}
