using Bluehelm.Platform.Identity;
using Bluehelm.Platform.Localization;

namespace Bluehelm.Platform.Modules;

/// <summary>The modules this application runs, in dependency order (a module's seed may use those before it).</summary>
public sealed class ModuleCatalog
{
    /// <summary>The platform's own pages in the menu, after the modules' (which use orders below 90).</summary>
    private static readonly NavEntry[] PlatformNavigation =
    [
        new("/admin/audit", "nav.audit", typeof(SharedText), Order: 90, Policy: Policies.Admin) { LandingFor = [Roles.Admin] },
        new("/api/reference", "nav.api", typeof(SharedText), Order: 95, Policy: Policies.ApiReference),
    ];

    public ModuleCatalog(IEnumerable<BluehelmModule> modules)
    {
        Modules = [.. modules];
        var duplicate = Modules.GroupBy(m => m.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two modules are named '{duplicate.Key}'.");
        }

        Navigation = [.. Modules.SelectMany(m => m.Navigation).Concat(PlatformNavigation).OrderBy(e => e.Order)];
        Citations = [.. Modules.SelectMany(m => m.Citations).OrderBy(c => c.Order)];
    }

    public IReadOnlyList<BluehelmModule> Modules { get; }

    /// <summary>Every entry, menu links and landing-only ones, by order.</summary>
    public IReadOnlyList<NavEntry> Navigation { get; }

    public IReadOnlyList<DataCitation> Citations { get; }
}
