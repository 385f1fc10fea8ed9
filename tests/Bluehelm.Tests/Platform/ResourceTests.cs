using System.Xml.Linq;

namespace Bluehelm.Tests.Platform;

/// <summary>Every page and message exists in English and French: the resource pairs must match key for key.</summary>
public sealed class ResourceTests
{
    public static TheoryData<string> EnglishResources()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.resx", SearchOption.AllDirectories)
                     .Where(f => !f.EndsWith(".fr.resx", StringComparison.Ordinal)))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Root, file));
        }

        return data;
    }

    private static Dictionary<string, string> Load(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(EnglishResources))]
    public void Resources_FrenchTwin_HasTheSameKeysAndNoEmptyText(string relativePath)
    {
        var english = Load(Path.Combine(RepoPaths.Root, relativePath));
        var frenchPath = Path.Combine(RepoPaths.Root, relativePath[..^".resx".Length] + ".fr.resx");
        File.Exists(frenchPath).ShouldBeTrue($"{relativePath} has no French twin");
        var french = Load(frenchPath);

        english.Keys.Except(french.Keys).ShouldBeEmpty("keys missing in French");
        french.Keys.Except(english.Keys).ShouldBeEmpty("keys missing in English");
        english.Where(kv => string.IsNullOrWhiteSpace(kv.Value)).ShouldBeEmpty();
        french.Where(kv => string.IsNullOrWhiteSpace(kv.Value)).ShouldBeEmpty();
    }

    [Fact]
    public void EnglishResources_InSource_AreAtLeastTwo() => EnglishResources().Count().ShouldBeGreaterThanOrEqualTo(2);

    [Theory]
    [InlineData("node_modules/world-atlas/countries-50m.json", "src/Bluehelm/Platform/Maps/countries-50m.json")]
    [InlineData("node_modules/i18n-iso-countries/codes.json", "src/Bluehelm/Platform/Geo/iso/codes.json")]
    [InlineData("node_modules/i18n-iso-countries/langs/en.json", "src/Bluehelm/Platform/Geo/iso/en.json")]
    [InlineData("node_modules/i18n-iso-countries/langs/fr.json", "src/Bluehelm/Platform/Geo/iso/fr.json")]
    [InlineData("node_modules/leaflet/dist/leaflet.js", "src/Bluehelm.Web/wwwroot/lib/leaflet/leaflet.js")]
    [InlineData("node_modules/leaflet/dist/leaflet.css", "src/Bluehelm.Web/wwwroot/lib/leaflet/leaflet.css")]
    [InlineData("node_modules/leaflet.markercluster/dist/leaflet.markercluster.js", "src/Bluehelm.Web/wwwroot/lib/leaflet.markercluster/leaflet.markercluster.js")]
    [InlineData("node_modules/leaflet.markercluster/dist/MarkerCluster.css", "src/Bluehelm.Web/wwwroot/lib/leaflet.markercluster/MarkerCluster.css")]
    public void VendoredData_ComparedToLockedNpmPackage_IsIdentical(string package, string vendored)
    {
        var source = Path.Combine(RepoPaths.Root, package);
        File.Exists(source).ShouldBeTrue("run 'npm ci' (test.sh does) so the vendored copy can be checked");

        File.ReadAllBytes(Path.Combine(RepoPaths.Root, vendored)).ShouldBe(File.ReadAllBytes(source), "run scripts/vendor-data.sh");
    }
}
