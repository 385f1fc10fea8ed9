using System.Reflection;
using Bluehelm.Modules.Conduct.Cases;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Conduct.Cases;

/// <summary>
/// Every demo role and anonymous against every endpoint under <c>/api/v1/conduct</c> (read from the
/// host's endpoint list, so an endpoint added anywhere in the module must get a row here) and every
/// Conduct page, on a seeded case referred to Senegal; then the same GETs on a case not naming
/// Senegal and on an unknown id. No response of any role carries a sealed value.
/// </summary>
[Collection(ConductCollection.Name)]
public sealed class CasesMatrixTests(ConductApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public enum Outcome
    {
        In,
        Forbidden,
        NotFound,
        SignIn,
    }

    private const string Anonymous = "anonymous";

    private static readonly Dictionary<string, string> Emails = new()
    {
        ["admin"] = BluehelmApp.AdminEmail,
        ["conduct"] = ConductApp.Officer,
        ["vra"] = ConductApp.Advocate,
        ["delegation"] = ConductApp.Delegation,
        ["joc"] = ConductApp.Joc,
        ["poc"] = "poc.minusca@demo.bluehelm.local",
        ["commander"] = "commander.minusca@demo.bluehelm.local",
        ["training"] = "training@demo.bluehelm.local",
        ["forcegen"] = "forcegen@demo.bluehelm.local",
    };

    /// <summary>Parts of every sealed demo value: none may appear in any answer (ASCII, so JSON or HTML escaping cannot hide one).</summary>
    public static readonly string[] SealedFragments = ["Kossi-D", "Ndoumba", "Faye-D", "Zoungoula", "Ngaba-D", "offered food in exchange", "SN-1990-0412"];

    private static readonly string[] Readers = ["admin", "conduct", "vra", "delegation"];
    private static readonly string[] Officers = ["conduct"];
    private static readonly string[] Revealers = ["conduct", "vra"];
    private static readonly string[] Auditors = ["admin", "conduct"];
    private static readonly string[] Admins = ["admin"];
    private static readonly string[] Everyone = [Anonymous, .. Emails.Keys];

    /// <summary>"METHOD template" (constraints dropped) → the roles let in; every other signed-in role 403, anonymous 401.</summary>
    private static readonly Dictionary<string, string[]> ApiRules = new()
    {
        ["POST /api/v1/conduct/cases"] = Officers,
        ["GET /api/v1/conduct/cases"] = Readers,
        ["GET /api/v1/conduct/cases/{id}"] = Readers,
        ["GET /api/v1/conduct/cases/{id}/audit"] = Auditors,
        ["POST /api/v1/conduct/cases/{id}/reveal"] = Revealers,
        ["POST /api/v1/conduct/cases/{id}/assess"] = Officers,
        ["POST /api/v1/conduct/cases/{id}/allegations"] = Officers,
        ["POST /api/v1/conduct/cases/{id}/subjects"] = Officers,
        ["PUT /api/v1/conduct/cases/{id}/subjects/{subjectId}"] = Officers,
        ["POST /api/v1/conduct/cases/{id}/victims"] = Officers,
        ["POST /api/v1/conduct/cases/{id}/measures"] = Officers,
        ["POST /api/v1/conduct/cases/{id}/referral"] = Officers,
        ["POST /api/v1/conduct/cases/{id}/member-state-answer"] = Officers,
        ["POST /api/v1/conduct/cases/{id}/investigation"] = Officers,
        ["POST /api/v1/conduct/cases/{id}/pause"] = Officers,
        ["POST /api/v1/conduct/cases/{id}/resume"] = Officers,
        ["POST /api/v1/conduct/cases/{id}/findings"] = Officers,
        ["POST /api/v1/conduct/cases/{id}/actions"] = Officers,
        ["POST /api/v1/conduct/cases/{id}/criminal-referral"] = Officers,
        ["POST /api/v1/conduct/cases/{id}/closure"] = Officers,
        ["GET /api/v1/conduct/board"] = Officers,
        ["GET /api/v1/conduct/audit"] = Auditors,
        ["POST /api/v1/conduct/imports"] = Admins,
        ["POST /api/v1/conduct/reports"] = Everyone,
        ["POST /api/v1/conduct/reports/status"] = Everyone,
        ["GET /api/v1/conduct/cases/{id}/assistance"] = Revealers,
        ["POST /api/v1/conduct/cases/{id}/assistance"] = Revealers,
        ["POST /api/v1/conduct/cases/{id}/assistance/{aid}/received"] = Revealers,
        ["POST /api/v1/conduct/screening"] = Officers,
        ["GET /api/v1/conduct/statistics"] = Everyone,
        ["GET /api/v1/conduct/statistics.csv"] = Everyone,
        ["GET /api/v1/conduct/statistics.hxl.csv"] = Everyone,
        ["GET /api/v1/conduct/statistics.xlsx"] = Everyone,
    };

    /// <summary>Conduct page route → the roles let in.</summary>
    private static readonly Dictionary<string, string[]> PageRules = new()
    {
        ["/conduct/cases"] = Readers,
        ["/conduct/cases/new"] = Officers,
        ["/conduct/cases/{Id:guid}"] = Readers,
        ["/conduct"] = Officers,
        ["/conduct/audit"] = Auditors,
        ["/conduct/import"] = Admins,
        ["/conduct/screening"] = Officers,
        ["/conduct/cases/{Id:guid}/assistance"] = Revealers,
        ["/conduct/statistics"] = Everyone,
        ["/conduct/report"] = Everyone,
        ["/conduct/report/status"] = Everyone,
    };

    private static Outcome Expected(string[] allowed, string role) =>
        allowed.Contains(role) ? Outcome.In : role == Anonymous ? Outcome.SignIn : Outcome.Forbidden;

    private static Outcome Classify(HttpResponseMessage r, string requested)
    {
        var path = r.RequestMessage?.RequestUri?.AbsolutePath ?? "";
        return (int)r.StatusCode switch
        {
            401 => Outcome.SignIn,
            403 => Outcome.Forbidden,
            404 => Outcome.NotFound,
            _ when path != requested && path == "/account/login" => Outcome.SignIn,
            _ when path != requested && path == "/account/denied" => Outcome.Forbidden,
            // Admitted, the probe's body refused (a JSON body where a workbook is expected: 415).
            < 300 or 400 or 409 or 413 or 415 or 422 => Outcome.In,
            _ => throw new InvalidOperationException($"unexpected {(int)r.StatusCode} for {r.RequestMessage?.RequestUri}"),
        };
    }

    private static string Template(RouteEndpoint e) =>
        System.Text.RegularExpressions.Regex.Replace(e.RoutePattern.RawText!.TrimEnd('/'), "{([a-zA-Z]+):[^}]+}", "{$1}");

    [Fact]
    public async Task EveryRole_EveryConductEndpointAndPage_AsTheTableSaysAndNoSealedValue()
    {
        var officer = await app.ClientFor(ConductApp.Officer);
        var live = await officer.GetFromJsonAsync<JsonElement>("/api/v1/conduct/cases", Ct);
        var referred = live.GetProperty("items").EnumerateArray().First(c => c.GetProperty("stage").GetString() == "referred").GetProperty("id").GetGuid();
        var received = Guid.Empty;
        foreach (var c in live.GetProperty("items").EnumerateArray().Where(c => c.GetProperty("stage").GetString() == "received"))
        {
            var d = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/conduct/cases/{c.GetProperty("id").GetGuid()}", Ct);
            if (d.GetProperty("investigation").GetProperty("subjects").EnumerateArray().All(x => x.GetProperty("nationality").GetString() != "SN"))
            {
                received = d.GetProperty("id").GetGuid();
                break;
            }
        }

        received.ShouldNotBe(Guid.Empty, "the demo has a received case naming no Senegalese personnel");
        var detail = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/conduct/cases/{referred}", Ct);
        var subject = detail.GetProperty("investigation").GetProperty("subjects")[0].GetProperty("id").GetGuid();
        var recorded = await officer.PostAsJsonAsync($"/api/v1/conduct/cases/{referred}/assistance",
            new { service = "medical", provider = "Matrix clinic", requestedOn = ConductApp.Day(-1) }, Ct);
        recorded.EnsureSuccessStatusCode();
        var assistance = (await recorded.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/conduct", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => m + " " + Template(e)))
            .Distinct().ToList();
        var pages = typeof(CaseQueries).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => r.Template))
            .Where(t => t.StartsWith("/conduct", StringComparison.Ordinal)).ToList();
        endpoints.Where(o => !ApiRules.ContainsKey(o)).ShouldBeEmpty("Conduct endpoints without a row in the matrix");
        ApiRules.Keys.Where(k => !endpoints.Contains(k)).ShouldBeEmpty("rows without an endpoint");
        pages.Where(p => !PageRules.ContainsKey(p)).ShouldBeEmpty("Conduct pages without a row in the matrix");

        var clients = new Dictionary<string, (HttpClient Api, HttpClient Web)> { [Anonymous] = (app.CreateClient(), app.CreateClient()) };
        foreach (var (role, email) in Emails)
        {
            clients[role] = (await app.ClientFor(email), await app.PageClientFor(email));
        }

        var wrong = new List<string>();
        var bodies = new List<(string What, string Body)>();
        async Task Probe(HttpClient client, HttpRequestMessage request, string what, Outcome expected)
        {
            var requested = request.RequestUri!.OriginalString.Split('?')[0];
            using var response = await client.SendAsync(request, Ct);
            var got = Classify(response, requested);
            bodies.Add((what, await response.Content.ReadAsStringAsync(Ct)));
            if (got != expected)
            {
                wrong.Add($"{what}: expected {expected}, got {got} ({(int)response.StatusCode})");
            }
        }

        HttpRequestMessage Request(string method, string template, Guid id)
        {
            var request = new HttpRequestMessage(new HttpMethod(method), template.Replace("{id}", id.ToString(), StringComparison.Ordinal)
                .Replace("{subjectId}", subject.ToString(), StringComparison.Ordinal).Replace("{aid}", assistance.ToString(), StringComparison.Ordinal).Replace("{Id:guid}", id.ToString(), StringComparison.Ordinal));
            if (method != "GET")
            {
                // Version 0 is never a case's: an admitted caller gets 400/409 and nothing changes.
                request.Content = JsonContent.Create(new { version = 0 });
            }

            return request;
        }

        foreach (var (role, (api, web)) in clients)
        {
            foreach (var op in endpoints)
            {
                var (method, template) = (op.Split(' ')[0], op.Split(' ')[1]);
                await Probe(api, Request(method, template, referred), $"{op} as {role}", Expected(ApiRules[op], role));
                if (method == "GET" && template.Contains("{id}", StringComparison.Ordinal))
                {
                    var allowed = Expected(ApiRules[op], role);
                    await Probe(api, Request(method, template, Guid.NewGuid()), $"{op} (unknown id) as {role}", allowed == Outcome.In ? Outcome.NotFound : allowed);
                    await Probe(api, Request(method, template, received), $"{op} (not naming SN) as {role}", role == "delegation" && allowed == Outcome.In ? Outcome.NotFound : allowed);
                }
            }

            foreach (var page in pages)
            {
                var allowed = Expected(PageRules[page], role);
                await Probe(web, Request("GET", page, referred), $"page {page} as {role}", allowed);
                if (page.Contains("{Id:guid}", StringComparison.Ordinal))
                {
                    await Probe(web, Request("GET", page, received), $"page {page} (not naming SN) as {role}", role == "delegation" && allowed == Outcome.In ? Outcome.NotFound : allowed);
                }
            }
        }

        wrong.ShouldBeEmpty();
        var leaks = bodies.SelectMany(b => SealedFragments.Where(f => b.Body.Contains(f, StringComparison.Ordinal)).Select(f => $"{b.What}: {f}")).ToList();
        leaks.ShouldBeEmpty();
        bodies.ShouldContain(b => b.What == "GET /api/v1/conduct/cases/{id} as delegation" && b.Body.Contains("answer-referral", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetCase_MemberState_SeesStatusDatesDeadlinesRequestsOnly()
    {
        var officer = await app.ClientFor(ConductApp.Officer);
        var delegation = await app.ClientFor(ConductApp.Delegation);
        var list = await delegation.GetFromJsonAsync<JsonElement>("/api/v1/conduct/cases", Ct);
        var items = list.GetProperty("items").EnumerateArray().ToList();
        items.ShouldNotBeEmpty();
        var all = await officer.GetFromJsonAsync<JsonElement>("/api/v1/conduct/cases", Ct);
        all.GetProperty("total").GetInt32().ShouldBeGreaterThan(items.Count, "the delegation sees only the cases naming Senegalese personnel");

        var referred = items.First(c => c.GetProperty("stage").GetString() == "referred");
        referred.GetProperty("urgent").ValueKind.ShouldBe(JsonValueKind.Null);
        var detail = await delegation.GetFromJsonAsync<JsonElement>($"/api/v1/conduct/cases/{referred.GetProperty("id").GetGuid()}", Ct);

        detail.GetProperty("facts").ValueKind.ShouldBe(JsonValueKind.Null);
        detail.GetProperty("victims").ValueKind.ShouldBe(JsonValueKind.Null);
        detail.GetProperty("investigation").ValueKind.ShouldBe(JsonValueKind.Null);
        detail.GetProperty("referralDue").ValueKind.ShouldBe(JsonValueKind.String);
        detail.GetProperty("requests").EnumerateArray().Select(r => r.GetString()).ShouldContain("answer-referral");
    }

    [Fact]
    public async Task GetCase_Advocate_SeesVictimsNotInvestigation()
    {
        var vra = await app.ClientFor(ConductApp.Advocate);
        var list = await vra.GetFromJsonAsync<JsonElement>("/api/v1/conduct/cases", Ct);
        var id = list.GetProperty("items")[0].GetProperty("id").GetGuid();

        var detail = await vra.GetFromJsonAsync<JsonElement>($"/api/v1/conduct/cases/{id}", Ct);

        detail.GetProperty("victims").GetArrayLength().ShouldBeGreaterThan(0);
        detail.GetProperty("investigation").ValueKind.ShouldBe(JsonValueKind.Null);
        detail.GetProperty("permissions").GetProperty("revealVictims").GetBoolean().ShouldBeTrue();
        detail.GetProperty("permissions").GetProperty("revealSubjects").GetBoolean().ShouldBeFalse();
    }
}
