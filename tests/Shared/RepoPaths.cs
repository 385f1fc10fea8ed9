namespace Bluehelm.Testing;

/// <summary>Paths to files the tests read from the repository, including its reference data.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The read-only reference data kept in the repository (data/reference).</summary>
    public static string ReferenceData => Path.Combine(Root, "data", "reference");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Bluehelm.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Bluehelm.slnx not found above " + AppContext.BaseDirectory);
    }
}
