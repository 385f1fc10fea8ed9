namespace Bluehelm.Modules.Missions.Import;

/// <summary>The Geo-PKO v2.3 files (deployment sites, contributors, unit types) and, optionally, IPI monthly strength.</summary>
public sealed record GeoPkoFiles(ImportFile Front, ImportFile? Contributors, ImportFile? UnitTypes, ImportFile? Strength)
{
    /// <summary>Finds the files in a folder by their published names.</summary>
    public static GeoPkoFiles FromDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException(directory);
        }

        ImportFile? Find(string pattern)
        {
            var path = Directory.EnumerateFiles(directory, pattern).Order(StringComparer.Ordinal).FirstOrDefault();
            return path is null ? null : new ImportFile(Path.GetFileName(path), () => File.OpenRead(path));
        }

        var front = Find("*FrontMap*.csv") ?? throw new FileNotFoundException($"No Geo-PKO FrontMap CSV (*FrontMap*.csv) in {directory}.");
        return new GeoPkoFiles(front, Find("*TCCMap*.csv"), Find("*TTMap*.csv"), Find("*ipi*monthly*.csv"));
    }
}
