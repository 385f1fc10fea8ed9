using Bluehelm.Platform.Maps;

namespace Bluehelm.Tests.Platform.Maps;

public sealed class MapTests
{
    [Fact]
    public void Render_SitesInCar_DrawsEachSiteAndHighlightsHost()
    {
        var svg = SvgMap.Render(new MapView(
            [new MapPoint(4.3938, 18.5599, "Bangui"), new MapPoint(5.7639, 20.6707, "Bambari"), new MapPoint(6.539, 21.991, "Bria")],
            "Sites",
            HighlightIsoNumeric: "140"));

        svg.ShouldStartWith("<svg");
        CountOf(svg, "<circle").ShouldBe(3);
        svg.ShouldContain("class=\"host\"");
        svg.ShouldContain("<title>Bambari</title>");
        svg.Length.ShouldBeLessThan(60_000);
    }

    [Fact]
    public void Render_HostileLabel_IsEscaped()
    {
        var svg = SvgMap.Render(new MapView([new MapPoint(4.39, 18.56, "<script>alert(1)</script>", "/x?a=1&b=\"2\"")], "T & <t>"));

        svg.ShouldNotContain("<script>");
        svg.ShouldContain("&lt;script&gt;");
        svg.ShouldContain("&amp;b=");
    }

    [Fact]
    public void Render_InvalidCoordinates_AreLeftOff()
    {
        var svg = SvgMap.Render(new MapView([new MapPoint(4.39, 18.56, "ok"), new MapPoint(123, 18.56, "bad")], "T"));

        CountOf(svg, "<circle").ShouldBe(1);
    }

    private static int CountOf(string text, string what)
    {
        var count = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
