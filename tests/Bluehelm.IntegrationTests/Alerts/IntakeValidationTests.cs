using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Alerts;

/// <summary>Values no channel may store: undefined enum numbers, over-long or control-character text, non-BCP 47 languages.</summary>
[Collection(AlertsCollection.Name)]
public sealed class IntakeValidationTests(AlertsApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task ShouldBeFieldError(HttpResponseMessage response, string field, string code)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        var problem = JsonDocument.Parse(text).RootElement;
        problem.GetProperty("code").GetString().ShouldBe("validation", text);
        problem.GetProperty("errors").GetProperty(field)[0].GetString().ShouldBe(code, text);
    }

    private async Task<int> CountAsync(string description)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Bluehelm.Platform.Data.BluehelmDbContext>();
        return await db.Set<Bluehelm.Modules.Alerts.Alert>().CountAsync(a => a.Description == description, Ct);
    }

    [Theory]
    [InlineData("severity", -1)]
    [InlineData("severity", 0)]
    [InlineData("severity", 99)]
    [InlineData("severity", "99")]
    [InlineData("threatType", 99)]
    [InlineData("threatType", "99")]
    [InlineData("channel", 42)]
    [InlineData("channel", "42")]
    public async Task Raise_UndefinedEnumNumber_Returns400WithFieldCodeAndStoresNothing(string field, object value)
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var description = $"undefined {field} {value} {Guid.NewGuid()}";
        var body = AlertsApp.Body(description);
        body[field] = value;

        var response = await joc.PostAsJsonAsync("/api/v1/alerts", body, Ct);

        await ShouldBeFieldError(response, field, "invalid");
        (await CountAsync(description)).ShouldBe(0);
    }

    [Fact]
    public async Task Raise_DefinedNumberAndKebabName_AreAccepted()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var body = AlertsApp.Body("defined severity number " + Guid.NewGuid(), threat: "sexual-violence");
        body["severity"] = 1;

        await app.Raise(joc, body);
    }

    [Theory]
    [InlineData("transitions", "{\"to\": 99}", "to")]
    [InlineData("transitions", "{\"to\": \"99\"}", "to")]
    [InlineData("responses", "{\"unitIds\": [\"0198d3c0-0000-7000-8000-000000000001\"], \"action\": 99}", "action")]
    [InlineData("responses", "{\"unitIds\": [\"0198d3c0-0000-7000-8000-000000000001\"], \"action\": \"99\"}", "action")]
    [InlineData("responses/0198d3c0-0000-7000-8000-000000000002/outcome", "{\"outcome\": 77}", "outcome")]
    [InlineData("responses/0198d3c0-0000-7000-8000-000000000002/outcome", "{\"outcome\": \"77\"}", "outcome")]
    public async Task Command_UndefinedEnumNumber_Returns400WithFieldCode(string path, string json, string field)
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var alert = await app.Raise(joc, AlertsApp.Body("command with undefined enum " + Guid.NewGuid()));

        var response = await joc.PostAsync($"/api/v1/alerts/{alert}/{path}", new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Ct);

        await ShouldBeFieldError(response, field, "invalid");
    }

    [Theory]
    [InlineData("/api/v1/alerts", "severity", "-1")]
    [InlineData("/api/v1/alerts", "severity", "99")]
    [InlineData("/api/v1/alerts", "threatType", "99")]
    [InlineData("/api/v1/alerts", "status", "99")]
    [InlineData("/api/v1/alerts/export", "severity", "-1")]
    [InlineData("/api/v1/alerts/export", "severity", "0")]
    [InlineData("/api/v1/alerts/export", "threatType", "99")]
    public async Task Filter_UndefinedEnumNumber_Returns400WithFieldCode(string path, string field, string value)
    {
        var joc = await app.ClientFor(AlertsApp.Joc);

        var response = await joc.GetAsync($"{path}?{field}={Uri.EscapeDataString(value)}", Ct);

        await ShouldBeFieldError(response, field, "invalid");
    }

    [Theory]
    [InlineData("description", "NUL\0 in the text", "description", "control-character")]
    [InlineData("description", "bell\u0007 in the text", "description", "control-character")]
    [InlineData("placeName", "Bria\u001b[31m", "placeName", "control-character")]
    [InlineData("language", "french!!", "language", "invalid-language")]
    [InlineData("language", "f", "language", "invalid-language")]
    [InlineData("reporterName", "Jean\0", "reporter.name", "control-character")]
    [InlineData("reporterName", null, "reporter.name", "too-long")]
    [InlineData("reporterPhone", null, "reporter.phone", "too-long")]
    public async Task Raise_BadText_Returns400WithFieldCode(string field, string? value, string errorField, string code)
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var description = "bad text " + Guid.NewGuid();
        var body = AlertsApp.Body(description);
        switch (field)
        {
            case "reporterName":
                body["reporter"] = new Dictionary<string, string?> { ["name"] = value ?? new string('n', 5000) };
                break;
            case "reporterPhone":
                body["reporter"] = new Dictionary<string, string?> { ["phone"] = value ?? new string('7', 500) };
                break;
            default:
                body[field] = value;
                break;
        }

        var response = await joc.PostAsJsonAsync("/api/v1/alerts", body, Ct);

        await ShouldBeFieldError(response, errorField, code);
        (await CountAsync(description)).ShouldBe(0);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("sg")]
    [InlineData("en-GB")]
    [InlineData("und")]
    public async Task Raise_Bcp47Language_IsStoredLowerCase(string language)
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var body = AlertsApp.Body("language tag " + Guid.NewGuid());
        body["language"] = language;
        body["description"] = "Tabs\tand\r\nline breaks are text " + Guid.NewGuid();

        var id = await app.Raise(joc, body);

        (await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{id}", Ct)).GetProperty("language").GetString().ShouldBe(language.ToLowerInvariant());
    }

    [Theory]
    [InlineData("Armed men\0 at the well")]
    [InlineData("Armed men\u001b at the well")]
    public async Task Sms_ControlCharacterInJsonText_Returns400(string text)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/alerts/sms")
        {
            Content = JsonContent.Create(new Dictionary<string, string> { ["from"] = "+23672121212", ["text"] = text, ["id"] = "msg-control-" + Guid.NewGuid() }),
        };
        request.Headers.Authorization = new("Bearer", app.GatewaySecret);

        var response = await app.CreateClient().SendAsync(request, Ct);

        await ShouldBeFieldError(response, "text", "control-character");
    }

    [Fact]
    public async Task Sms_NulInFormBody_Returns400NotAServerError()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/alerts/sms")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["from"] = "+23672121213", ["text"] = "Armed men\0 at the well", ["id"] = "msg-nul" }),
        };
        request.Headers.Authorization = new("Bearer", app.GatewaySecret);

        var response = await app.CreateClient().SendAsync(request, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync(Ct));
        (await Platform.AuthTests.Code(response)).ShouldBe("invalid-body");
    }

    [Fact]
    public async Task CsvImport_OverlongAndControlCharacterFields_ReportsEachRowAndImportsNothing()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var marker = "csv limits " + Guid.NewGuid().ToString("N");
        var csv = "mission,place,threat_type,severity,description,reporter_name,reporter_phone,language\n" +
                  $"MINUSCA,Bria,abduction,high,{marker} ok row,,,fr\n" +
                  $"MINUSCA,Bria,abduction,high,{marker} long name,{new string('n', 5000)},,\n" +
                  $"MINUSCA,Bria,abduction,high,{marker} long phone,,{new string('7', 500)},\n" +
                  $"MINUSCA,Bria,abduction,high,{marker} nul\0 byte,,,\n" +
                  $"MINUSCA,{new string('p', 300)},abduction,high,{marker} long place,,,\n" +
                  $"MINUSCA,Bria,abduction,high,{marker} bad language,,,french!!\n";

        var response = await joc.PostAsync("/api/v1/alerts/import", new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync(Ct));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("code").GetString().ShouldBe("csv-rejected");
        var errors = problem.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("column").GetString(), e.GetProperty("code").GetString())).ToList();
        errors.ShouldBe([
            (3, "reporter_name", "too-long"), (4, "reporter_phone", "too-long"), (5, "description", "control-character"),
            (6, "place", "too-long"), (7, "language", "invalid-language"),
        ]);
        (await joc.GetStringAsync("/api/v1/alerts/export", Ct)).ShouldNotContain(marker);
    }
}
