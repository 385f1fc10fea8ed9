using AngleSharp.Html.Parser;
using Bluehelm.IntegrationTests.Alerts;
using static Bluehelm.IntegrationTests.Warnings.WarningsApi;

namespace Bluehelm.IntegrationTests.Warnings;

/// <summary>
/// The drafting page as a browser without scripts uses it: prefilled from a hotspot's circle or a PRIO-GRID
/// cell, errors at their fields in the reader's language, and one draft for a form sent twice.
/// </summary>
[Collection(AlertsCollection.Name)]
public sealed class WarningFormTests(AlertsApp app)
{
    private static readonly HtmlParser Parser = new();

    private static async Task<Dictionary<string, string>> Filled(HttpClient client, string url, Dictionary<string, string> values)
    {
        var page = Parser.ParseDocument(await client.GetStringAsync(url, Ct));
        var form = page.QuerySelector("form.form.wide").ShouldNotBeNull();
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            fields[element.GetAttribute("name")!] = element switch
            {
                AngleSharp.Html.Dom.IHtmlSelectElement select => select.Value ?? "",
                AngleSharp.Html.Dom.IHtmlTextAreaElement area => area.Value,
                _ => element.GetAttribute("value") ?? "",
            };
        }

        foreach (var (name, value) in values)
        {
            fields.ContainsKey("Input." + name).ShouldBeTrue($"the form has no field Input.{name}");
            fields["Input." + name] = value;
        }

        return fields;
    }

    [Fact]
    public async Task Get_FromHotspotCircleOrGridCell_AreaFilledIn()
    {
        var client = await app.PageClientFor(AlertsApp.Poc);

        var circle = await Filled(client, "/warnings/new?mission=MINUSCA&circle=5.76,20.67%2012.5", []);
        var cell = await Filled(client, "/warnings/new?mission=MINUSCA&gid=" + Bluehelm.Platform.Geo.PrioGrid.CellOf(5.76, 20.67).ToString(System.Globalization.CultureInfo.InvariantCulture), []);

        circle["Input.Circle"].ShouldBe("5.76,20.67 12.5");
        circle["Input.Mission"].ShouldBe("MINUSCA");
        cell["Input.Polygon"].ShouldBe("5.5,20.5 5.5,21 6,21 6,20.5 5.5,20.5");
        cell["Input.AreaDesc"].ShouldStartWith("PRIO-GRID");
    }

    [Theory]
    [InlineData("en", "The polygon's edges cross each other", "This field is required.", "The warning was not saved")]
    [InlineData("fr", "Les côtés du polygone se croisent", "Ce champ est obligatoire.", "L'alerte n'a pas été enregistrée")]
    public async Task Post_InvalidFields_EachErrorAtItsFieldInTheReadersLanguage(string language, string polygonError, string requiredError, string summary)
    {
        var client = await app.PageClientFor(AlertsApp.Poc);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var form = await Filled(client, "/warnings/new", new() { ["Polygon"] = "5.6,20.5 5.9,20.85 5.6,20.85 5.9,20.5", ["HeadlineEn"] = "x" });

        var response = await client.PostAsync("/warnings/new", new FormUrlEncodedContent(form), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync(Ct));
        page.QuerySelector(".error-summary h2")!.TextContent.ShouldStartWith(summary);
        page.QuerySelector("#polygon-error")!.TextContent.ShouldContain(polygonError);
        page.QuerySelector("#headlineFr-error")!.TextContent.ShouldBe(requiredError);
        page.QuerySelector("#headlineEn-error").ShouldBeNull();
        page.QuerySelector("#polygon")!.GetAttribute("aria-describedby").ShouldBe("polygon-error");
    }

    [Fact]
    public async Task Post_SameFormTwice_OneDraft()
    {
        var client = await app.PageClientFor(AlertsApp.Poc);
        var headline = "Form twice " + Guid.NewGuid().ToString("N");
        var form = await Filled(client, "/warnings/new", new()
        {
            ["HeadlineEn"] = headline, ["HeadlineFr"] = headline + " fr", ["DescriptionEn"] = "d", ["DescriptionFr"] = "d", ["AreaDesc"] = "Bambari",
            ["Circle"] = "5.76,20.67 10", ["Expires"] = app.Clock.GetUtcNow().AddDays(1).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        });

        var first = await client.PostAsync("/warnings/new", new FormUrlEncodedContent(form), Ct);
        var second = await client.PostAsync("/warnings/new", new FormUrlEncodedContent(form), Ct);

        first.RequestMessage!.RequestUri!.AbsolutePath.ShouldStartWith("/warnings/", customMessage: await first.Content.ReadAsStringAsync(Ct));
        second.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe(first.RequestMessage.RequestUri.AbsolutePath);
        var list = await (await app.ClientFor(AlertsApp.Poc)).GetFromJsonAsync<JsonElement>("/api/v1/warnings", Ct);
        list.EnumerateArray().Count(w => w.GetProperty("headlineEn").GetString() == headline).ShouldBe(1);
    }
}
