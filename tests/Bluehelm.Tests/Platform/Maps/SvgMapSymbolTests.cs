using System.Globalization;
using System.Xml.Linq;
using Bluehelm.Platform.Maps;

namespace Bluehelm.Tests.Platform.Maps;

/// <summary>What the drawn map shows: symbols per kind, alerts above sites, clusters with counts, labels, scale.</summary>
public sealed class SvgMapSymbolTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static MapPoint Site(double lat, double lon, string name, int priority = 0) => new(lat, lon, name, "/sites/" + name, Priority: priority);

    private static MapPoint Alert(double lat, double lon, string severity, int priority = 5) =>
        new(lat, lon, severity + ": armed attack", "/alerts/" + severity, MapSymbol.Alert, severity, priority);

    private static XElement Parse(MapView view) => XElement.Parse(SvgMap.Render(view));

    private static List<XElement> Groups(XElement svg, string cls) =>
        [.. svg.Descendants(Svg + "g").Where(g => ((string?)g.Attribute("class") ?? "").Split(' ').Contains(cls))];

    [Fact]
    public void Render_AlertsAndSites_AlertsAreTrianglesInTheirSeverityAndSitesCircles()
    {
        var svg = Parse(new MapView([Site(4.39, 18.56, "Bangui"), Site(6.54, 21.99, "Bria"), Alert(5.76, 20.67, "critical"), Alert(7.2, 19.2, "low")], "T"));

        var alerts = Groups(svg, "sym-alert");
        var sites = Groups(svg, "sym-site");
        alerts.Count.ShouldBe(2);
        sites.Count.ShouldBe(2);
        alerts.ShouldAllBe(a => a.Descendants(Svg + "polygon").Count() == 1 && !a.Descendants(Svg + "circle").Any());
        sites.ShouldAllBe(s => s.Descendants(Svg + "circle").Count() == 1 && !s.Descendants(Svg + "polygon").Any());
        alerts.Select(a => (string)a.Attribute("class")!).ShouldBe(["sym sym-alert sev-low", "sym sym-alert sev-critical"]);
        alerts.Select(a => a.Descendants(Svg + "title").Single().Value).ShouldContain("critical: armed attack");
    }

    [Fact]
    public void Render_AlertOnItsSite_AlertDrawnAfterEverySiteAndAsLargeAsToShow()
    {
        // The alert comes first in the list and sits on Bambari: it must still be drawn above it.
        var svg = Parse(new MapView([Alert(5.7639, 20.6707, "high"), Site(5.7639, 20.6707, "Bambari"), Site(6.54, 21.99, "Bria")], "T"));

        var order = svg.Descendants(Svg + "g").Select(g => (string?)g.Attribute("class") ?? "").Where(c => c.StartsWith("sym ", StringComparison.Ordinal)).ToList();
        order.Count.ShouldBe(3);
        order[^1].ShouldContain("sym-alert");
        order.Take(2).ShouldAllBe(c => c.Contains("sym-site"));
        var triangle = Groups(svg, "sym-alert").Single().Descendants(Svg + "polygon").Single();
        var xs = ((string)triangle.Attribute("points")!).Split(' ').Select(p => double.Parse(p.Split(',')[0], CultureInfo.InvariantCulture)).ToList();
        var bria = Groups(svg, "sym-site").Single(g => g.Descendants(Svg + "title").Single().Value == "Bria");
        var radius = double.Parse((string)bria.Descendants(Svg + "circle").Single().Attribute("r")!, CultureInfo.InvariantCulture);
        (xs.Max() - xs.Min()).ShouldBeGreaterThan(2 * radius * 1.4, "the triangle is wider than a site's dot");
    }

    [Fact]
    public void Render_AlertOnASite_SiteDrawnAsARingAroundTheTriangle()
    {
        var svg = Parse(new MapView([Alert(5.7639, 20.6707, "high"), Site(5.7639, 20.6707, "Bambari"), Site(6.54, 21.99, "Bria")], "T"));

        var under = Groups(svg, "under").Single();
        under.Descendants(Svg + "title").Single().Value.ShouldBe("Bambari");
        var ring = double.Parse((string)under.Descendants(Svg + "circle").Single().Attribute("r")!, CultureInfo.InvariantCulture);
        ring.ShouldBeGreaterThan(10, "wider than the triangle, so the site shows around it");
        Groups(svg, "sym-site").Count(g => g.Attribute("class")!.Value.Contains("under", StringComparison.Ordinal)).ShouldBe(1, "Bria has no alert on it");
    }

    [Fact]
    public void Render_PlacesNearSites_DrawnFirstNeverClusteredWithSitesAndLabelledAfterThem()
    {
        var area = new GeoBounds(20.3, 5.4, 21.0, 6.1);
        var svg = Parse(new MapView(
            [new MapPoint(5.7645, 20.6712, "Bambari town", Symbol: MapSymbol.Place, Priority: 3000), Site(5.7639, 20.6707, "Bambari"), new MapPoint(5.9, 20.5, "Village", Symbol: MapSymbol.Place)],
            "T", Area: area));

        var order = svg.Descendants(Svg + "g").Select(g => (string?)g.Attribute("class") ?? "").Where(c => c.StartsWith("sym ", StringComparison.Ordinal)).ToList();
        order.ShouldBe(["sym sym-place", "sym sym-place", "sym sym-site"]);
        var labels = svg.Descendants(Svg + "text").Where(t => ((string?)t.Attribute("class") ?? "").StartsWith("label", StringComparison.Ordinal)).ToList();
        labels[0].Value.ShouldBe("Bambari", "sites are labelled before places");
        labels.Where(l => l.Attribute("class")!.Value == "label place").Select(l => l.Value).ShouldContain("Village");
    }

    [Fact]
    public void Render_PointsCloserThanClusterPixels_OneSymbolPerKindWithItsCount()
    {
        // Five sites and three alerts in and around Bangui (within 2 km) on a map of the whole country.
        MapPoint[] points =
        [
            Site(4.3938, 18.5599, "Bangui", 9), Site(4.398, 18.52, "Bangui M'Poko"), Site(4.38, 18.57, "Camp Kasaï"),
            Site(4.37, 18.55, "PK5"), Site(4.40, 18.58, "Boy-Rabe"), Site(6.54, 21.99, "Bria"),
            Alert(4.39, 18.56, "critical", 9), Alert(4.392, 18.561, "medium", 7), Alert(4.38, 18.55, "low", 6),
        ];
        var drawing = SvgMap.Draw(new MapView(points, "T", HighlightIsoNumeric: "140", ClusterHref: "#site-table"));
        var svg = XElement.Parse(drawing.Svg);

        drawing.Clusters.ShouldBe(2);
        var siteCluster = Groups(svg, "sym-site").Single(g => g.Attribute("class")!.Value.Contains("cluster", StringComparison.Ordinal));
        siteCluster.Descendants(Svg + "text").Single().Value.ShouldBe("5");
        siteCluster.Descendants(Svg + "title").Single().Value.ShouldStartWith("5: Bangui;");
        siteCluster.Element(Svg + "a")!.Attribute("href")!.Value.ShouldBe("#site-table");
        var alertCluster = Groups(svg, "sym-alert").Single();
        alertCluster.Descendants(Svg + "text").Single().Value.ShouldBe("3");
        alertCluster.Attribute("class")!.Value.ShouldContain("sev-critical", Case.Sensitive, "a cluster takes its most severe alert's colour");
        Groups(svg, "sym-site").Count.ShouldBe(2, "Bria stays apart");
    }

    [Fact]
    public void Render_SamePointsZoomedIn_NoLongerCluster()
    {
        MapPoint[] points = [Site(4.3938, 18.5599, "Bangui"), Site(4.38, 18.57, "Camp Kasaï")];
        var area = new GeoBounds(18.45, 4.30, 18.67, 4.48);

        SvgMap.Draw(new MapView(points, "T", Area: area)).Clusters.ShouldBe(0);
        SvgMap.Draw(new MapView(points, "T", HighlightIsoNumeric: "140", Area: new GeoBounds(14, 2, 28, 11))).Clusters.ShouldBe(1);
    }

    [Fact]
    public void Render_TwoSitesHundredKmApart_ScaleBarMeasuresTheSameDistance()
    {
        // 100 km due north: 100 / 111.195 degrees of latitude.
        var north = 5 + (100 / 111.195);
        var svg = Parse(new MapView([Site(5, 20, "South"), Site(north, 20, "North")], "T"));

        var cys = svg.Descendants(Svg + "circle").Select(c => double.Parse((string)c.Attribute("cy")!, CultureInfo.InvariantCulture)).ToList();
        var pixelsPer100Km = Math.Abs(cys[0] - cys[1]);
        var scale = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "scale");
        var label = scale.Element(Svg + "text")!.Value;
        label.ShouldEndWith(" km");
        var km = double.Parse(label[..^3], CultureInfo.InvariantCulture);
        var path = (string)scale.Element(Svg + "path")!.Attribute("d")!;
        var left = double.Parse(path[1..path.IndexOf(',', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
        var right = double.Parse(path[(path.IndexOf('H', StringComparison.Ordinal) + 1)..path.LastIndexOf('V')], CultureInfo.InvariantCulture);
        ((right - left) / km).ShouldBe(pixelsPer100Km / 100, 0.02);
        (right - left).ShouldBeInRange(40, 130);
    }

    [Fact]
    public void Render_CrowdedSites_LabelsNeverOverlapAndSomeAreLeftOff()
    {
        // Forty sites scattered over the Central African Republic: too many names to write them all.
        var random = new Random(7);
        var points = Enumerable.Range(0, 40).Select(i => Site(3 + (random.NextDouble() * 7), 15 + (random.NextDouble() * 11), "Site number " + i.ToString(CultureInfo.InvariantCulture))).ToList();
        var svg = Parse(new MapView(points, "T", Width: 420, Height: 300));

        var labels = svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "label").ToList();
        labels.Count.ShouldBeGreaterThan(3);
        labels.Count.ShouldBeLessThan(40);
        var boxes = labels.Select(Box).ToList();
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                Overlap(boxes[i], boxes[j]).ShouldBeFalse($"'{labels[i].Value}' and '{labels[j].Value}' overlap");
            }
        }
    }

    [Fact]
    public void Render_ExplicitArea_PointsOutsideItAreLeftOff()
    {
        var svg = Parse(new MapView([Site(5.76, 20.67, "Bambari"), Site(4.39, 18.56, "Bangui")], "T", Area: new GeoBounds(20.3, 5.4, 21.0, 6.1)));

        svg.Descendants(Svg + "title").Select(t => t.Value).ShouldBe(["T", "Bambari"]);
    }

    [Fact]
    public void Legend_AlertsSitesAndClusters_EachSymbolBesideItsWords()
    {
        var html = MapLegend.Html([
            new MapLegendEntry(MapSymbol.Alert, "Alert: Critical", "critical"),
            new MapLegendEntry(MapSymbol.Site, "Deployment site"),
            new MapLegendEntry(MapSymbol.FormerSite, "Former <site>"),
            new MapLegendEntry(MapSymbol.Site, "Several nearby", Cluster: true),
        ]);

        var list = XElement.Parse(html.Replace("<svg ", "<svg xmlns=\"http://www.w3.org/2000/svg\" ", StringComparison.Ordinal));
        var items = list.Elements("li").ToList();
        items.Count.ShouldBe(4);
        items[0].Descendants(Svg + "g").Single().Attribute("class")!.Value.ShouldBe("sym sym-alert sev-critical");
        items[0].Descendants(Svg + "polygon").Count().ShouldBe(1);
        items[1].Descendants(Svg + "circle").Count().ShouldBe(1);
        items[2].Value.Trim().ShouldBe("Former <site>");
        items[3].Descendants(Svg + "text").Single().Value.ShouldBe("3");
    }

    private static (double Left, double Top, double Right, double Bottom) Box(XElement text)
    {
        var x = double.Parse((string)text.Attribute("x")!, CultureInfo.InvariantCulture);
        var y = double.Parse((string)text.Attribute("y")!, CultureInfo.InvariantCulture);
        // 11 px text: at most 6.4 px a character, 12 px a line (baseline 4 px under the middle).
        var width = text.Value.Length * 6.4;
        var left = (string?)text.Attribute("text-anchor") switch { "end" => x - width, "middle" => x - (width / 2), _ => x };
        return (left, y - 10, left + width, y + 2);
    }

    private static bool Overlap((double Left, double Top, double Right, double Bottom) a, (double Left, double Top, double Right, double Bottom) b) =>
        a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;
}
