using AngleSharp.Html.Parser;
using Bluehelm.IntegrationTests.Alerts;
using Bluehelm.Modules.Alerts;
using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Platform.Sealing;

/// <summary>
/// Reporters raised through every channel (page form, API, SMS webhook, CSV import) are nowhere in
/// the database as its holder would read it (the SQLite file and its log, or a PostgreSQL dump),
/// while the JOC officer still reads them and an SMS reply still finds its alert.
/// </summary>
[Collection(AlertsCollection.Name)]
public sealed class EncryptionAtRestTests(AlertsApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Distinctive names (with accents: the UTF-8 reading must not find them either) and numbers.
    private const string FormName = "Zéphyrine Formulaire-Ndakala";
    private const string FormPhone = "+236 70 41 41 01";
    private const string ApiName = "Anatole Apiculteur-Gbangou";
    private const string ApiPhone = "+236 70 42 42 02";
    private const string SmsPhone = "+236 70 43 43 03";
    private const string CsvName = "Clémentine Tableur-Yakoma";
    private const string CsvPhone = "+236 70 44 44 04";

    private static readonly string[] Secrets =
        ["Zéphyrine", "Formulaire-Ndakala", "Anatole Apiculteur", "Apiculteur-Gbangou", "Clémentine", "Tableur-Yakoma", "70414101", "70424202", "70434303", "70444404"];

    [Fact]
    public async Task Reporters_EveryChannel_AbsentFromTheRawDatabaseButShownToTheJoc()
    {
        var run = Guid.NewGuid().ToString("N")[..10];
        var formId = await RaiseByFormAsync($"at-rest form {run}");
        var joc = await app.ClientFor(AlertsApp.Joc);
        var apiBody = AlertsApp.Body($"at-rest api {run}");
        apiBody["reporter"] = new Dictionary<string, object?> { ["name"] = ApiName, ["phone"] = ApiPhone };
        var apiId = await app.Raise(joc, apiBody);
        var sms = await SmsAsync(SmsPhone, $"at-rest sms {run} hommes armés au marché", "at-rest-1-" + run);
        sms.StatusCode.ShouldBe(HttpStatusCode.Created, await sms.Content.ReadAsStringAsync(Ct));
        var smsId = (await sms.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("alertId").GetGuid();
        var csv = "mission,latitude,longitude,threat_type,severity,description,reporter_name,reporter_phone\n" +
                  $"MINUSCA,5.75,20.6,attack-on-civilians,high,at-rest csv {run},{CsvName},{CsvPhone}\n";
        var import = await joc.PostAsync("/api/v1/alerts/import", new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"), Ct);
        import.StatusCode.ShouldBe(HttpStatusCode.OK, await import.Content.ReadAsStringAsync(Ct));

        var raw = await RawDatabase.TextOfAsync(app);

        // The raw text is the database indeed: the alerts' descriptions are there, the reporters are not.
        foreach (var channel in (string[])["form", "api", "sms", "csv"])
        {
            raw.ShouldContain($"at-rest {channel} {run}");
        }

        foreach (var secret in Secrets)
        {
            raw.ShouldNotContain(secret, Case.Insensitive);
        }

        await ShouldShowAsync(joc, formId, FormName, "+23670414101");
        await ShouldShowAsync(joc, apiId, ApiName, "+23670424202");
        await ShouldShowAsync(joc, smsId, null, "+23670434303");
        Guid csvId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var description = $"at-rest csv {run}";
            csvId = await scope.ServiceProvider.GetRequiredService<BluehelmDbContext>().Set<Alert>().Where(a => a.Description == description).Select(a => a.Id).SingleAsync(Ct);
        }

        await ShouldShowAsync(joc, csvId, CsvName, "+23670444404");
        (await (await app.PageClientFor(AlertsApp.Joc)).GetStringAsync($"/alerts/{apiId}", Ct)).ShouldContain(ApiName);
    }

    [Fact]
    public async Task SmsReply_SameNumberWrittenDifferently_JoinsTheOpenAlertThroughItsLookup()
    {
        var run = Guid.NewGuid().ToString("N")[..10];
        var first = await SmsAsync("+236 70 45 45 05", $"first message {run}", "reply-1-" + run);
        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        var alertId = (await first.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("alertId").GetGuid();

        var reply = await SmsAsync("00236 70 45 45 05", $"second message {run}", "reply-2-" + run);

        reply.StatusCode.ShouldBe(HttpStatusCode.OK);
        var accepted = await reply.Content.ReadFromJsonAsync<JsonElement>(Ct);
        accepted.GetProperty("reply").GetBoolean().ShouldBeTrue();
        accepted.GetProperty("alertId").GetGuid().ShouldBe(alertId);
        (await RawDatabase.TextOfAsync(app)).ShouldNotContain("70454505");
    }

    private async Task ShouldShowAsync(HttpClient joc, Guid id, string? name, string phone)
    {
        var reporter = (await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{id}", Ct)).GetProperty("reporter");
        reporter.GetProperty("phone").GetString().ShouldBe(phone);
        if (name is not null)
        {
            reporter.GetProperty("name").GetString().ShouldBe(name);
        }
    }

    private async Task<HttpResponseMessage> SmsAsync(string from, string text, string id)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/alerts/sms")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["from"] = from, ["text"] = text, ["id"] = id }),
        };
        request.Headers.Authorization = new("Bearer", app.GatewaySecret);
        return await app.CreateClient().SendAsync(request, Ct);
    }

    /// <summary>Fills the new-alert page's form as a browser would (its hidden fields included) and posts it.</summary>
    private async Task<Guid> RaiseByFormAsync(string description)
    {
        var client = await app.PageClientFor(AlertsApp.Joc);
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/alerts/new", Ct));
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

        fields["Input.Description"] = description;
        fields["Input.PlaceName"] = "Bria";
        fields["Input.ReporterName"] = FormName;
        fields["Input.ReporterPhone"] = FormPhone;
        var response = await client.PostAsync("/alerts/new", new FormUrlEncodedContent(fields), Ct);
        var url = response.RequestMessage!.RequestUri!.AbsolutePath;
        url.ShouldStartWith("/alerts/", customMessage: await response.Content.ReadAsStringAsync(Ct));
        return Guid.Parse(url["/alerts/".Length..]);
    }
}
