using System.Net.Http.Headers;
using System.Xml;
using System.Xml.Schema;
using Bluehelm.IntegrationTests.Alerts;

namespace Bluehelm.IntegrationTests.Warnings;

/// <summary>Helpers of the warnings tests: a warning body, CAP fixtures, the OASIS schema from data/reference.</summary>
internal static class WarningsApi
{
    public const string Poc2 = "poc2.minusca@demo.bluehelm.local";

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static string Fixtures => Path.Combine(RepoPaths.Root, "tests", "Bluehelm.Tests", "Warnings", "Files");

    public static Dictionary<string, object?> Body(AlertsApp app, string headline, string scope = "public", string? polygon = "5.6,20.5 5.6,20.85 5.9,20.85 5.9,20.5", string? circle = null) => new()
    {
        ["mission"] = "MINUSCA",
        ["threatType"] = "attack-on-civilians",
        ["urgency"] = "expected",
        ["severity"] = "severe",
        ["certainty"] = "likely",
        ["scope"] = scope,
        ["headlineEn"] = headline,
        ["headlineFr"] = headline + " (fr)",
        ["descriptionEn"] = "Armed elements gathering east of Bambari.",
        ["descriptionFr"] = "Des éléments armés se regroupent à l'est de Bambari.",
        ["instructionEn"] = "Avoid the Ippy road.",
        ["instructionFr"] = "Évitez l'axe d'Ippy.",
        ["areaDesc"] = "Bambari",
        ["polygon"] = polygon,
        ["circle"] = circle,
        ["expires"] = app.Clock.GetUtcNow().AddDays(2),
    };

    public static async Task<JsonElement> DraftAsync(HttpClient poc, Dictionary<string, object?> body)
    {
        var response = await poc.PostAsJsonAsync("/api/v1/warnings", body, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    public static async Task<Guid> IssuedAsync(AlertsApp app, Dictionary<string, object?> body)
    {
        var id = (await DraftAsync(await app.ClientFor(AlertsApp.Poc), body)).GetProperty("id").GetGuid();
        var approve = await (await app.ClientFor(Poc2)).PostAsync($"/api/v1/warnings/{id}/approve", null, Ct);
        approve.StatusCode.ShouldBe(HttpStatusCode.OK, await approve.Content.ReadAsStringAsync(Ct));
        return id;
    }

    public static async Task<string> CapAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/v1/warnings/{id}/cap", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/cap+xml");
        var xml = await response.Content.ReadAsStringAsync(Ct);
        SchemaErrors(xml).ShouldBeEmpty(xml);
        return xml;
    }

    public static List<string> SchemaErrors(string xml)
    {
        var schemas = new XmlSchemaSet { XmlResolver = null };
        schemas.Add("urn:oasis:names:tc:emergency:cap:1.2", Path.Combine(RepoPaths.ReferenceData, "cap12.xsd"));
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas, DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        settings.ValidationEventHandler += (_, e) => errors.Add(e.Message);
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    public static async Task<HttpResponseMessage> PostCapAsync(HttpClient client, byte[] document)
    {
        var content = new ByteArrayContent(document);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/cap+xml");
        return await client.PostAsync("/api/v1/warnings/cap", content, Ct);
    }

    public static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(Fixtures, name));
}
