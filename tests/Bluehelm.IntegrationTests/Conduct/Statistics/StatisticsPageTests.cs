using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Bluehelm.IntegrationTests.Conduct.Statistics;

/// <summary>The public statistics page, anonymous, in English and French.</summary>
[Collection(StatisticsCollection.Name)]
public sealed partial class StatisticsPageTests(StatisticsApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex(@"^\s*[12]\s*$")]
    private static partial Regex OneOrTwo();

    [Theory]
    [InlineData("by=mission&year=2042", "en", "fewer than 3")]
    [InlineData("by=year&mission=TSTB", "en", "fewer than 3")]
    [InlineData("by=type&mission=TSTA", "fr", "moins de 3")]
    [InlineData("by=nationality&year=2041", "fr", "moins de 3")]
    public async Task Page_Anonymous_ChartTablesAndNoOneOrTwo(string query, string language, string fewer)
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var response = await client.GetAsync("/conduct/statistics?" + query, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var doc = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Ct));

        doc.QuerySelector("#sea-trend svg title")!.TextContent.ShouldNotBeNullOrWhiteSpace();
        doc.QuerySelector("#sea-trend-table").ShouldNotBeNull();
        doc.QuerySelectorAll("script[src*='blazor']").ShouldBeEmpty();
        var cells = doc.QuerySelectorAll("table.data td.num").Select(td => td.TextContent).ToList();
        cells.ShouldNotBeEmpty();
        cells.ShouldNotContain(c => OneOrTwo().IsMatch(c));
        cells.ShouldContain(fewer);
        doc.QuerySelectorAll("#sea-trend text.value").Select(t => t.TextContent).ShouldNotContain(t => OneOrTwo().IsMatch(t));
        doc.QuerySelector("#export-csv")!.GetAttribute("href")!.ShouldStartWith("/api/v1/conduct/statistics.csv?by=");
        doc.QuerySelector("#export-hxl").ShouldNotBeNull();
        doc.QuerySelector("#export-xlsx").ShouldNotBeNull();
        doc.QuerySelector("#sea-source")!.TextContent.ShouldContain(language == "fr" ? "juillet 2024" : "July 2024");
        doc.QuerySelector("#sea-suppression").ShouldNotBeNull();
    }

    [Fact]
    public async Task Page_TypeBreakdown_SaysACaseCountsUnderEachType()
    {
        using var client = app.CreateClient();
        var html = await client.GetStringAsync("/conduct/statistics?by=type", Ct);
        var doc = new HtmlParser().ParseDocument(html);

        doc.QuerySelector("#sea-mentions")!.TextContent.ShouldContain("once under each type");
        doc.QuerySelectorAll("#sea-table tbody tr").Length.ShouldBeGreaterThan(1);
    }

    [Fact]
    public async Task Page_BadBreakdown_BadRequestWithTheMessage()
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var response = await client.GetAsync("/conduct/statistics?by=colour", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var doc = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Ct));
        doc.QuerySelector("#error-summary")!.TextContent.ShouldContain("répartition");
    }
}
