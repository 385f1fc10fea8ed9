using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Bluehelm.Modules.Alerts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Alerts;

/// <summary>
/// The new-alert page as a browser without scripts uses it: a GET, a POST of the form's own fields,
/// and the server-rendered answer (errors at the top, next to their fields and on the fields for
/// screen readers; counts in either language; one alert for a form sent twice).
/// </summary>
[Collection(AlertsCollection.Name)]
public sealed class NewAlertFormTests(AlertsApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly HtmlParser Parser = new();

    private async Task<HttpClient> Joc(string language)
    {
        var client = await app.PageClientFor(AlertsApp.Joc);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    /// <summary>The form's fields as the page sent them (hidden ones and defaults included), with <paramref name="values"/> typed over them.</summary>
    private static async Task<Dictionary<string, string>> Filled(HttpClient client, Dictionary<string, string> values)
    {
        var page = Parser.ParseDocument(await client.GetStringAsync("/alerts/new", Ct));
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

    private static async Task<IDocument> Post(HttpClient client, Dictionary<string, string> form)
    {
        var response = await client.PostAsync("/alerts/new", new FormUrlEncodedContent(form), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var document = Parser.ParseDocument(await response.Content.ReadAsStringAsync(Ct));
        document.BaseUri.ShouldNotBeNull();
        return document;
    }

    private static async Task<Guid> Created(HttpClient client, Dictionary<string, string> form)
    {
        var response = await client.PostAsync("/alerts/new", new FormUrlEncodedContent(form), Ct);
        var url = response.RequestMessage!.RequestUri!.AbsolutePath;
        url.ShouldStartWith("/alerts/", customMessage: await response.Content.ReadAsStringAsync(Ct));
        return Guid.TryParse(url["/alerts/".Length..], out var id) ? id : throw new ShouldAssertException($"the form did not lead to an alert but to {url}");
    }

    [Theory]
    [InlineData("en", "Latitude: write decimal degrees", "'lots' is not a number of people.", "The alert was not saved")]
    [InlineData("fr", "Latitude : écrivez des degrés décimaux", "« lots » n'est pas un nombre de personnes.", "L'alerte n'a pas été enregistrée")]
    public async Task Post_InvalidFields_MarksEachFieldAndLinksItFromTheSummary(string language, string latitudeError, string countError, string summaryTitle)
    {
        var client = await Joc(language);

        var page = await Post(client, await Filled(client, new() { ["Description"] = "", ["Latitude"] = "ninety", ["Longitude"] = "18.5", ["PeopleAtRisk"] = "lots", ["PlaceName"] = "Bria" }));

        var summary = page.QuerySelector(".error-summary").ShouldNotBeNull("no error summary");
        summary.GetAttribute("role").ShouldBe("alert");
        summary.TextContent.ShouldContain(summaryTitle);
        var links = summary.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        links.ShouldBe(["/alerts/new#description", "/alerts/new#lat", "/alerts/new#people"]);
        foreach (var (id, message) in new[] { ("description", null), ("lat", latitudeError), ("people", countError) })
        {
            var field = page.GetElementById(id).ShouldNotBeNull();
            field.GetAttribute("aria-invalid").ShouldBe("true", id);
            var describedBy = field.GetAttribute("aria-describedby").ShouldNotBeNull(id);
            var error = page.GetElementById(describedBy).ShouldNotBeNull(describedBy);
            error.ClassList.ShouldContain("field-error");
            error.TextContent.Trim().ShouldNotBeEmpty();
            if (message is not null)
            {
                error.TextContent.ShouldContain(message);
            }

            // Next to its field: between the field's label and the field.
            error.PreviousElementSibling!.GetAttribute("for").ShouldBe(id);
            error.NextElementSibling.ShouldBe(field);
        }

        foreach (var valid in new[] { "place", "lon", "women", "mission" })
        {
            page.GetElementById(valid).ShouldNotBeNull().HasAttribute("aria-invalid").ShouldBeFalse(valid);
            page.GetElementById(valid + "-error").ShouldBeNull(valid);
        }

        // What was typed stays, so only the mistakes need retyping.
        page.GetElementById("lat")!.GetAttribute("value").ShouldBe("ninety");
        page.GetElementById("place")!.GetAttribute("value").ShouldBe("Bria");
    }

    [Fact]
    public async Task Post_ValidForm_HasNoErrorMarks()
    {
        var client = await Joc("en");
        var page = Parser.ParseDocument(await client.GetStringAsync("/alerts/new", Ct));

        page.QuerySelector(".error-summary").ShouldBeNull();
        page.QuerySelectorAll("[aria-invalid]").ShouldBeEmpty();
        page.QuerySelectorAll(".field-error").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("fr", "1 200", "4,3712", "18,5599")]
    [InlineData("fr", "1\u00A0200", "4,3712", "18,5599")]
    [InlineData("fr", "1\u202F200", "4,3712", "18,5599")]
    [InlineData("en", "1,200", "4.3712", "18.5599")]
    [InlineData("en", "1200", "4.3712", "18.5599")]
    public async Task Post_ThousandsSeparatedCount_IsReadAs1200(string language, string people, string latitude, string longitude)
    {
        var client = await Joc(language);
        var description = $"comptage {Guid.NewGuid():N}";

        var id = await Created(client, await Filled(client, new()
        {
            ["Description"] = description, ["Latitude"] = latitude, ["Longitude"] = longitude,
            ["PeopleAtRisk"] = people, ["Women"] = "200", ["Displaced"] = people.Replace("200", "000", StringComparison.Ordinal),
        }));

        var alert = await (await app.ClientFor(AlertsApp.Joc)).GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{id}", Ct);
        alert.GetProperty("description").GetString().ShouldBe(description);
        alert.GetProperty("peopleAtRisk").GetInt32().ShouldBe(1200);
        alert.GetProperty("women").GetInt32().ShouldBe(200);
        alert.GetProperty("displaced").GetInt32().ShouldBe(1000);
        alert.GetProperty("latitude").GetDouble().ShouldBe(4.3712, 1e-9);
        alert.GetProperty("longitude").GetDouble().ShouldBe(18.5599, 1e-9);
    }

    [Theory]
    [InlineData("12,00")]
    [InlineData("1 2000")]
    [InlineData("1,200 300")]
    [InlineData("-5")]
    public async Task Post_MalformedCount_IsRefusedNextToItsField(string people)
    {
        var client = await Joc("en");

        var page = await Post(client, await Filled(client, new() { ["Description"] = "compte faux", ["PlaceName"] = "Bria", ["PeopleAtRisk"] = people }));

        page.GetElementById("people")!.GetAttribute("aria-invalid").ShouldBe("true");
        page.GetElementById("people-error")!.TextContent.ShouldContain($"'{people}' is not a number of people.");
    }

    [Theory]
    [InlineData("en", "4.3938 / 4°23'38\"N", "18.5599 / 18°33'36\"E")]
    [InlineData("fr", "4,3938 / 4°23'38\"N", "18,5599 / 18°33'36\"E")]
    public async Task Page_CoordinatePlaceholders_HoldARealQuote(string language, string latitude, string longitude)
    {
        var client = await Joc(language);
        var html = await client.GetStringAsync("/alerts/new", Ct);
        var page = Parser.ParseDocument(html);

        html.ShouldNotContain("&amp;quot;");
        page.GetElementById("lat")!.GetAttribute("placeholder").ShouldBe(latitude);
        page.GetElementById("lon")!.GetAttribute("placeholder").ShouldBe(longitude);
    }

    [Fact]
    public async Task Post_SameFormTwice_CreatesOneAlert()
    {
        var client = await Joc("en");
        var description = $"double clic {Guid.NewGuid():N}";
        var form = await Filled(client, new() { ["Description"] = description, ["PlaceName"] = "Bria" });

        var first = await Created(client, form);
        var second = await Created(client, form);

        second.ShouldBe(first);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Bluehelm.Platform.Data.BluehelmDbContext>();
        (await db.Set<Alert>().CountAsync(x => x.Description == description, Ct)).ShouldBe(1);
    }

    [Fact]
    public async Task CsvImport_ThousandsSeparatedCounts_AreRead()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var description = $"csv comptes {Guid.NewGuid():N}";
        var csv = "mission,lieu,menace,gravite,personnes,femmes,description\n" +
                  $"MINUSCA,Bria,attack-on-civilians,high,\"1\u202F200\",\"1,100\",{description}\n";

        var response = await joc.PostAsync("/api/v1/alerts/import", new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Bluehelm.Platform.Data.BluehelmDbContext>();
        var alert = await db.Set<Alert>().SingleAsync(x => x.Description == description, Ct);
        alert.PeopleAtRisk.ShouldBe(1200);
        alert.Women.ShouldBe(1100);
    }

    [Fact]
    public async Task ImportPage_NoFile_MarksTheFileField()
    {
        var client = await Joc("fr");
        var page = Parser.ParseDocument(await client.GetStringAsync("/alerts/import", Ct));
        using var form = new MultipartFormDataContent();
        foreach (var hidden in page.QuerySelectorAll("form.form.narrow input[type=hidden]"))
        {
            form.Add(new StringContent(hidden.GetAttribute("value") ?? ""), hidden.GetAttribute("name")!);
        }

        form.Add(new StringContent("MINUSCA"), "Upload.Mission");

        var response = await client.PostAsync("/alerts/import", form, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var answer = Parser.ParseDocument(await response.Content.ReadAsStringAsync(Ct));
        answer.QuerySelector(".error-summary a")!.GetAttribute("href").ShouldBe("/alerts/import#file");
        answer.QuerySelector(".error-summary")!.TextContent.ShouldContain("Rien n'a été importé");
        var file = answer.GetElementById("file")!;
        file.GetAttribute("aria-invalid").ShouldBe("true");
        answer.GetElementById(file.GetAttribute("aria-describedby")!)!.TextContent.ShouldContain("Choisissez un fichier");
    }
}
