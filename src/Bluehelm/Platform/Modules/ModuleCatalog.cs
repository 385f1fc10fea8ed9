namespace Bluehelm.Platform.Modules;

/// <summary>The modules this application runs, in dependency order (a module's seed may use those before it).</summary>
public sealed class ModuleCatalog
{
    public ModuleCatalog(IEnumerable<BluehelmModule> modules)
    {
        Modules = [.. modules];
        var duplicate = Modules.GroupBy(m => m.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two modules are named '{duplicate.Key}'.");
        }

        Navigation = [.. Modules.SelectMany(m => m.Navigation).OrderBy(e => e.Order)];
        Citations = [.. Modules.SelectMany(m => m.Citations).OrderBy(c => c.Order)];
    }

    public IReadOnlyList<BluehelmModule> Modules { get; }

    public IReadOnlyList<NavEntry> Navigation { get; }

    public IReadOnlyList<DataCitation> Citations { get; }
}
