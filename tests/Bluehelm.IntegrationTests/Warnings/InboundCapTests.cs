using System.Text;
using Bluehelm.IntegrationTests.Alerts;
using static Bluehelm.IntegrationTests.Warnings.WarningsApi;

namespace Bluehelm.IntegrationTests.Warnings;

/// <summary>
/// CAP from other systems through <c>POST /api/v1/warnings/cap</c>: real-shaped alerts accepted once per
/// sender and identifier, invalid ones answered 422 with their reasons, hostile XML refused with 400, and
/// a received alert in a mission's host country turned into one Bluehelm alert however often it is asked.
/// </summary>
[Collection(AlertsCollection.Name)]
public sealed class InboundCapTests(AlertsApp app)
{
    [Theory]
    [InlineData("multi-info-area.xml", "alertes@protection-civile.example.cf", 2, 4, false)]
    [InlineData("signed.xml", "cap@meteo.example.td", 1, 1, true)]
    [InlineData("latin1.xml", "prefecture.nana-mambere@example.cf", 1, 1, false)]
    public async Task Receive_AgencyAlert_StoredOnceBySenderAndIdentifier(string file, string sender, int infos, int areas, bool signed)
    {
        var joc = await app.ClientFor(AlertsApp.Joc);

        var first = await PostCapAsync(joc, Fixture(file));
        var second = await PostCapAsync(await app.ClientFor(AlertsApp.Poc), Fixture(file));

        first.StatusCode.ShouldBeOneOf(HttpStatusCode.Created, HttpStatusCode.OK);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        var a = await first.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var b = await second.Content.ReadFromJsonAsync<JsonElement>(Ct);
        b.GetProperty("id").GetGuid().ShouldBe(a.GetProperty("id").GetGuid());
        b.GetProperty("created").GetBoolean().ShouldBeFalse();
        a.GetProperty("sender").GetString().ShouldBe(sender);
        a.GetProperty("infoCount").GetInt32().ShouldBe(infos);
        a.GetProperty("areaCount").GetInt32().ShouldBe(areas);
        a.GetProperty("signed").GetBoolean().ShouldBe(signed);
        a.GetProperty("signatureVerified").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Receive_Latin1_AccentsKeptOnThePage()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var id = (await (await PostCapAsync(joc, Fixture("latin1.xml"))).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        var page = await (await app.PageClientFor(AlertsApp.Joc)).GetStringAsync($"/warnings/cap/{id}", Ct);

        page.ShouldContain("Arrivée de déplacés à Bouar après des exactions à Niem-Yéléwa");
    }

    [Fact]
    public async Task Receive_InvalidCap_UnprocessableWithEveryReasonAndLine()
    {
        var response = await PostCapAsync(await app.ClientFor(AlertsApp.Joc), Fixture("invalid.xml"));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("code").GetString().ShouldBe("invalid-cap");
        var problems = problem.GetProperty("problems").EnumerateArray().ToList();
        problems.Count.ShouldBeGreaterThanOrEqualTo(3);
        problems.Select(p => p.GetProperty("line").GetInt32()).ShouldContain(6);
        problems.ShouldAllBe(p => p.GetProperty("message").GetString()!.Length > 0);
    }

    [Theory]
    [InlineData("billion-laughs.xml")]
    [InlineData("xxe-file.xml")]
    [InlineData("xxe-http.xml")]
    [InlineData("external-dtd.xml")]
    public async Task Receive_HostileXml_BadRequestDtdProhibitedAndNothingStored(string file)
    {
        var joc = await app.ClientFor(AlertsApp.Joc);

        var response = await PostCapAsync(joc, Fixture(file));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("code").GetString().ShouldBe("dtd-prohibited");
        problem.GetProperty("problems")[0].GetProperty("line").GetInt32().ShouldBe(2);
        (await (await app.PageClientFor(AlertsApp.Joc)).GetStringAsync("/warnings/cap/upload", Ct)).ShouldNotContain("root:x:0:0");
    }

    [Fact]
    public async Task Receive_LargerThanOneMegabyte_PayloadTooLarge()
    {
        var big = Encoding.UTF8.GetBytes("<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><note>" + new string('a', 1024 * 1024) + "</note></alert>");

        (await PostCapAsync(await app.ClientFor(AlertsApp.Joc), big)).StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task ToAlert_Twice_OneCapAlertOfTheMission()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var received = await (await PostCapAsync(joc, Fixture("multi-info-area.xml"))).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = received.GetProperty("id").GetGuid();
        received.GetProperty("mission").GetString().ShouldBe("MINUSCA");

        (await (await app.ClientFor(AlertsApp.Poc)).PostAsync($"/api/v1/warnings/cap/{id}/alert", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ClientFor(AlertsApp.OtherJoc)).PostAsync($"/api/v1/warnings/cap/{id}/alert", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var first = await joc.PostAsync($"/api/v1/warnings/cap/{id}/alert", null, Ct);
        var second = await joc.PostAsync($"/api/v1/warnings/cap/{id}/alert", null, Ct);

        var a = await first.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var b = await second.Content.ReadFromJsonAsync<JsonElement>(Ct);
        first.StatusCode.ShouldBeOneOf(HttpStatusCode.Created, HttpStatusCode.OK);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        b.GetProperty("alertId").GetGuid().ShouldBe(a.GetProperty("alertId").GetGuid());
        var alert = await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{a.GetProperty("alertId").GetGuid()}", Ct);
        alert.GetProperty("channel").GetString().ShouldBe("cap");
        alert.GetProperty("severity").GetString().ShouldBe("critical");
        alert.GetProperty("threatType").GetString().ShouldBe("attack-on-civilians");
        alert.GetProperty("latitude").GetDouble().ShouldBe(5.75, 1e-6);
        var list = await joc.GetFromJsonAsync<JsonElement>("/api/v1/alerts?limit=500", Ct);
        list.GetProperty("items").EnumerateArray().Count(x => x.GetProperty("id").GetGuid() == a.GetProperty("alertId").GetGuid()).ShouldBe(1);
    }

    [Fact]
    public async Task ToAlert_OutsideEveryHostCountry_Conflict()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var received = await (await PostCapAsync(joc, Fixture("signed.xml"))).Content.ReadFromJsonAsync<JsonElement>(Ct);

        var response = await joc.PostAsync($"/api/v1/warnings/cap/{received.GetProperty("id").GetGuid()}/alert", null, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString().ShouldBe("outside-missions");
    }
}
