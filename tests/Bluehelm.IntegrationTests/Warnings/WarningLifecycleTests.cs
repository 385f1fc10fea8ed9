using System.Xml.Linq;
using Bluehelm.IntegrationTests.Alerts;
using static Bluehelm.IntegrationTests.Warnings.WarningsApi;

namespace Bluehelm.IntegrationTests.Warnings;

/// <summary>
/// A warning's life through the real host: drafted by one POC adviser, refused to its own author,
/// approved by a second (CAP Alert), updated (CAP Update) and cancelled (CAP Cancel), each message valid
/// against the OASIS schema and referencing every earlier one; the Atom feed by reader.
/// </summary>
[Collection(AlertsCollection.Name)]
public sealed class WarningLifecycleTests(AlertsApp app)
{
    private static readonly XNamespace Cap = "urn:oasis:names:tc:emergency:cap:1.2";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Approve_ByItsAuthor_RefusedWithLocalizedReasonThenIssuedBySecondAdviser()
    {
        var poc = await app.ClientFor(AlertsApp.Poc);
        poc.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var draft = await DraftAsync(poc, Body(app, "Self-approval check"));
        var id = draft.GetProperty("id").GetGuid();
        draft.GetProperty("status").GetString().ShouldBe("draft");
        (await poc.GetAsync($"/api/v1/warnings/{id}/cap", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var self = await poc.PostAsync($"/api/v1/warnings/{id}/approve", null, Ct);

        self.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await self.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("code").GetString().ShouldBe("self-approval");
        problem.GetProperty("detail").GetString().ShouldBe("Vous avez rédigé ce texte : un autre conseiller en protection des civils doit l'approuver.");
        (await poc.GetAsync($"/api/v1/warnings/{id}/cap", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var joc = await app.ClientFor(AlertsApp.Joc);
        (await joc.PostAsync($"/api/v1/warnings/{id}/approve", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var approved = await (await app.ClientFor(Poc2)).PostAsync($"/api/v1/warnings/{id}/approve", null, Ct);
        approved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var xml = XDocument.Parse(await CapAsync(joc, id)).Root!;
        xml.Element(Cap + "msgType")!.Value.ShouldBe("Alert");
        xml.Element(Cap + "references").ShouldBeNull();
        xml.Element(Cap + "sent")!.Value.ShouldMatch(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$");
        xml.Elements(Cap + "info").Count().ShouldBe(2);
        xml.Descendants(Cap + "polygon").First().Value.ShouldBe("5.6,20.5 5.6,20.85 5.9,20.85 5.9,20.5 5.6,20.5");

        var again = await (await app.ClientFor(Poc2)).PostAsync($"/api/v1/warnings/{id}/approve", null, Ct);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString().ShouldBe("not-pending");
    }

    [Fact]
    public async Task Cancel_AfterAnUpdate_EachMessageValidAndReferencingEveryEarlierOne()
    {
        var id = await IssuedAsync(app, Body(app, "Lifecycle check", circle: "5.76,20.67 15", polygon: null));
        var poc = await app.ClientFor(AlertsApp.Poc);
        var poc2 = await app.ClientFor(Poc2);
        var alert = XDocument.Parse(await CapAsync(poc, id)).Root!;
        string Ref(XElement m) => $"{m.Element(Cap + "sender")!.Value},{m.Element(Cap + "identifier")!.Value},{m.Element(Cap + "sent")!.Value}";

        // poc2 approved the draft; now poc2 edits and poc approves the update.
        var body = Body(app, "Lifecycle check, widened", circle: "5.76,20.67 30", polygon: null);
        body.Remove("mission");
        var put = await poc2.PutAsJsonAsync($"/api/v1/warnings/{id}", body, Ct);
        put.StatusCode.ShouldBe(HttpStatusCode.OK, await put.Content.ReadAsStringAsync(Ct));
        (await poc2.PostAsync($"/api/v1/warnings/{id}/approve", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        XDocument.Parse(await CapAsync(poc, id)).Root!.Element(Cap + "msgType")!.Value.ShouldBe("Alert", "the issued version stays until the update is approved");
        (await poc.PostAsync($"/api/v1/warnings/{id}/approve", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var update = XDocument.Parse(await CapAsync(poc, id)).Root!;
        update.Element(Cap + "msgType")!.Value.ShouldBe("Update");
        update.Element(Cap + "references")!.Value.ShouldBe(Ref(alert));
        update.Descendants(Cap + "circle").First().Value.ShouldBe("5.76,20.67 30");

        var cancel = await poc.PostAsJsonAsync($"/api/v1/warnings/{id}/cancel", new { reason = "Armed group left the area" }, Ct);
        cancel.StatusCode.ShouldBe(HttpStatusCode.OK);
        var cancelled = XDocument.Parse(await CapAsync(poc, id)).Root!;
        cancelled.Element(Cap + "msgType")!.Value.ShouldBe("Cancel");
        cancelled.Element(Cap + "references")!.Value.ShouldBe(Ref(alert) + " " + Ref(update));
        cancelled.Element(Cap + "note")!.Value.ShouldBe("Armed group left the area");
        new[] { alert, update, cancelled }.Select(m => m.Element(Cap + "identifier")!.Value).Distinct().Count().ShouldBe(3);

        var detail = await poc.GetFromJsonAsync<JsonElement>($"/api/v1/warnings/{id}", Ct);
        detail.GetProperty("status").GetString().ShouldBe("cancelled");
        detail.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("msgType").GetString()).ShouldBe(["alert", "update", "cancel"]);
        (await poc.PostAsync($"/api/v1/warnings/{id}/cancel", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await FeedIdsAsync(poc)).ShouldNotContain(id);
    }

    [Fact]
    public async Task Update_Draft_StaysDraftAndItsLastEditorMayNotApprove()
    {
        var poc = await app.ClientFor(AlertsApp.Poc);
        var poc2 = await app.ClientFor(Poc2);
        var id = (await DraftAsync(poc, Body(app, "Draft edit"))).GetProperty("id").GetGuid();
        var body = Body(app, "Draft edit, corrected");
        body.Remove("mission");

        var put = await poc2.PutAsJsonAsync($"/api/v1/warnings/{id}", body, Ct);

        put.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await put.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("status").GetString().ShouldBe("draft");
        (await poc2.PostAsync($"/api/v1/warnings/{id}/approve", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await poc.PostAsync($"/api/v1/warnings/{id}/approve", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var xml = XDocument.Parse(await CapAsync(poc, id)).Root!;
        xml.Element(Cap + "msgType")!.Value.ShouldBe("Alert");
        xml.Element(Cap + "info")!.Element(Cap + "headline")!.Value.ShouldBe("Draft edit, corrected");
    }

    [Fact]
    public async Task Feed_ByReader_AnonymousGetsOnlyPublicMissionStaffTheirOwn()
    {
        var open = await IssuedAsync(app, Body(app, "Feed public", scope: "public"));
        var restricted = await IssuedAsync(app, Body(app, "Feed restricted", scope: "restricted"));
        var draft = (await DraftAsync(await app.ClientFor(AlertsApp.Poc), Body(app, "Feed draft"))).GetProperty("id").GetGuid();

        var anonymous = app.CreateClient();
        var anonymousIds = await FeedIdsAsync(anonymous);
        anonymousIds.ShouldContain(open);
        anonymousIds.ShouldNotContain(restricted);
        anonymousIds.ShouldNotContain(draft);
        (await FeedIdsAsync(await app.ClientFor(AlertsApp.Joc))).ShouldContain(restricted);
        var otherMission = await FeedIdsAsync(await app.ClientFor(AlertsApp.OtherJoc));
        otherMission.ShouldContain(open);
        otherMission.ShouldNotContain(restricted);

        (await anonymous.GetAsync($"/api/v1/warnings/{restricted}/cap", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var xml = await CapAsync(anonymous, open);
        var feed = XDocument.Parse(await anonymous.GetStringAsync("/feeds/warnings.atom", Ct)).Root!;
        var entry = feed.Elements(Atom + "entry").Single(e => e.Element(Atom + "id")!.Value == "urn:uuid:" + open);
        var link = entry.Elements(Atom + "link").Single(l => l.Attribute("type")!.Value == "application/cap+xml").Attribute("href")!.Value;
        (await anonymous.GetStringAsync(new Uri(link).PathAndQuery, Ct)).ShouldBe(xml);
        entry.Element(Atom + "title")!.Value.ShouldBe("Feed public");
    }

    [Fact]
    public async Task Feed_FrenchReader_TitlesInFrench()
    {
        var id = await IssuedAsync(app, Body(app, "Feed language"));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        var feed = XDocument.Parse(await client.GetStringAsync("/feeds/warnings.atom", Ct)).Root!;

        feed.Element(Atom + "title")!.Value.ShouldBe("Alertes précoces Bluehelm");
        feed.Elements(Atom + "entry").Single(e => e.Element(Atom + "id")!.Value == "urn:uuid:" + id).Element(Atom + "title")!.Value.ShouldBe("Feed language (fr)");
    }

    [Theory]
    [InlineData("5.6,20.5 5.9,20.85 5.6,20.85 5.9,20.5", null, "polygon", "polygon-self-intersecting")]
    [InlineData(null, "5.76,20.67 0", "circle", "circle-radius")]
    [InlineData(null, null, "area", "area-required")]
    [InlineData("95,20 5,21 6,21", null, "polygon", "coordinates-out-of-range")]
    public async Task Draft_BadArea_BadRequestWithTheFieldAndCode(string? polygon, string? circle, string field, string code)
    {
        var response = await (await app.ClientFor(AlertsApp.Poc)).PostAsJsonAsync("/api/v1/warnings", Body(app, "Bad area", polygon: polygon, circle: circle), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        errors.GetProperty(field).EnumerateArray().Select(e => e.GetString()).ShouldContain(code);
    }

    [Fact]
    public async Task Draft_SameIdempotencyKeyTwice_OneDraft()
    {
        var poc = await app.ClientFor(AlertsApp.Poc);
        var body = Body(app, "Idempotent " + Guid.NewGuid().ToString("N"));
        async Task<Guid> Post()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/warnings") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", "k-" + body["headlineEn"]);
            var r = await poc.SendAsync(request, Ct);
            r.StatusCode.ShouldBe(HttpStatusCode.Created);
            return (await r.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        }

        (await Post()).ShouldBe(await Post());
        var list = await poc.GetFromJsonAsync<JsonElement>("/api/v1/warnings", Ct);
        list.EnumerateArray().Count(w => w.GetProperty("headlineEn").GetString() == (string)body["headlineEn"]!).ShouldBe(1);
    }

    private async Task<List<Guid>> FeedIdsAsync(HttpClient client)
    {
        var response = await client.GetAsync("/feeds/warnings.atom", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/atom+xml");
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).Root!;
        feed.Name.ShouldBe(Atom + "feed");
        return [.. feed.Elements(Atom + "entry").Select(e => Guid.Parse(e.Element(Atom + "id")!.Value["urn:uuid:".Length..]))];
    }
}
