using System.Reflection;
using Bluehelm.IntegrationTests.Alerts;
using Microsoft.AspNetCore.Components;

namespace Bluehelm.IntegrationTests.Platform;

/// <summary>
/// Every role (and anonymous) against every operation of the OpenAPI document and every page route,
/// with the expected outcome written once per route template in <see cref="ApiRules"/> and
/// <see cref="PageRules"/>: a new endpoint or page without its row fails the test. Path parameters
/// are real ids (a MINUSCA alert, a MINUSCA site, MINUSCA); bodies are minimal, built so that a
/// refused caller is told so before anything changes (a 400/409 of an admitted caller still says "admitted").
/// The API is called with bearer tokens. Sign-in and sign-out are left out (rate limited elsewhere).
/// </summary>
[Collection(AlertsCollection.Name)]
public sealed class AccessMatrixTests(AlertsApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>What a caller gets: in (2xx, or a 400/409 about the request itself), refused (403/404), or asked to sign in (401 / the sign-in page).</summary>
    public enum Outcome
    {
        In,
        Refused,
        SignIn,
    }

    private const string Admin = "admin";
    private const string Joc = "joc-minusca";
    private const string OtherJoc = "joc-monusco";
    private const string Poc = "poc-adviser";
    private const string Commander = "commander";
    private const string Conduct = "conduct-officer";
    private const string Vra = "victims-rights-advocate";
    private const string ForceGen = "force-generation";
    private const string MemberState = "member-state";
    private const string Training = "training-officer";
    private const string Anonymous = "anonymous";

    private static readonly Dictionary<string, string> Emails = new()
    {
        [Admin] = BluehelmApp.AdminEmail,
        [Joc] = AlertsApp.Joc,
        [OtherJoc] = AlertsApp.OtherJoc,
        [Poc] = AlertsApp.Poc,
        [Commander] = AlertsApp.Commander,
        [Conduct] = "conduct.minusca@demo.bluehelm.local",
        [Vra] = "vra.minusca@demo.bluehelm.local",
        [ForceGen] = "forcegen@demo.bluehelm.local",
        [MemberState] = "delegation.sn@demo.bluehelm.local",
        [Training] = "training@demo.bluehelm.local",
    };

    private static readonly string[] Everyone = [Admin, Joc, OtherJoc, Poc, Commander, Conduct, Vra, ForceGen, MemberState, Training];

    /// <summary>A rule: the roles let in; every other signed-in role is refused, anonymous asked to sign in.</summary>
    private sealed record Rule(string Name, string[] In, bool Public = false, bool NobodyIn = false);

    private static readonly Rule SignedIn = new("signed-in", Everyone);
    private static readonly Rule AdminOnly = new("admin", [Admin]);
    private static readonly Rule MissionForces = new("forces of the mission (admin, force generation, its JOC/POC/commander)", [Admin, ForceGen, Joc, Poc, Commander]);
    private static readonly Rule MissionUnits = new("units of the mission (forces, or a member state's own)", [Admin, ForceGen, Joc, Poc, Commander, MemberState]);
    private static readonly Rule MissionEdit = new("missions-edit (admin, POC adviser of the mission)", [Admin, Poc]);
    private static readonly Rule Targets = new("targets of the mission (admin, its JOC/POC)", [Admin, Joc, Poc]);
    private static readonly Rule AlertsRead = new("alerts-read (filtered to scope)", [Admin, Joc, OtherJoc, Poc, Commander]);
    private static readonly Rule AlertInMission = new("alerts-read within mission (an alert not tasked to the commander)", [Admin, Joc, Poc]);
    private static readonly Rule AlertsManage = new("alerts-manage", [Admin, Joc, OtherJoc]);
    private static readonly Rule ManageInMission = new("alerts-manage within mission", [Admin, Joc]);
    private static readonly Rule OutcomeRule = new("outcome: the mission's JOC, admin, the tasked commander", [Admin, Joc, Commander]);
    private static readonly Rule OnSceneRule = new("on scene: only the commander of a unit on the response", [Commander]);
    private static readonly Rule UnknownId = new("alerts-manage on an unknown id (404 for JOC/admin, 403 for others)", [], NobodyIn: true);
    private static readonly Rule Gateway = new("SMS gateway secret only (401 to every user token)", [], NobodyIn: true);
    private static readonly Rule Open = new("anonymous", Everyone, Public: true);
    private static readonly Rule HotspotsRead = new("early-warning-read (admin, JOC, POC adviser, commander; their own missions)", [Admin, Joc, OtherJoc, Poc, Commander]);
    private static readonly Rule WarningsRead = new("early-warning-read (filtered to scope)", [Admin, Joc, OtherJoc, Poc, Commander]);
    private static readonly Rule WarningInMission = new("early-warning-read within mission", [Admin, Joc, Poc, Commander]);
    private static readonly Rule WarningsManage = new("warnings-manage (POC advisers of the mission)", [Poc]);
    private static readonly Rule CapIntake = new("warnings-cap-intake (admin, JOC, POC)", [Admin, Joc, OtherJoc, Poc]);
    private static readonly Rule EventsRead = new("incidents-read (imported events open to every reader)", [Admin, Joc, OtherJoc, Poc, Commander]);
    private static readonly Rule VerifyInMission = new("incidents-verify within the alert's mission (its JOC/POC)", [Joc, Poc]);
    private static readonly Rule EarlyWarningRead = new("early-warning-read (a forecast of another mission is refused; without a mission: 400 / the user's own)", [Admin, Joc, OtherJoc, Poc, Commander]);
    private static readonly Rule EventsImport = new("incidents-import (admin, POC adviser)", [Admin, Poc]);
    private static readonly Rule ConductBoard = new("conduct-manage (conduct officers; their missions' cases)", [Conduct]);
    private static readonly Rule ConductAudit = new("conduct-audit (admin, conduct officers for their missions' cases)", [Admin, Conduct]);
    private static readonly Rule ConductVictims = new("conduct-victims of the case's mission (its conduct officer and victims' rights advocate)", [Conduct, Vra]);
    private static readonly Rule ConductScreening = new("conduct-screening (conduct officers)", [Conduct]);
    private static readonly Rule ConductRead = new("conduct-cases (admin, conduct officer, victims' rights advocate, member state; filtered to scope)", [Admin, Conduct, Vra, MemberState]);
    private static readonly Rule ConductManage = new("conduct-manage (conduct officers)", [Conduct]);
    private static readonly Rule ConductCaseRead = new("a MINUSCA case not referred to a member state: admin, the mission's conduct officer and victims' rights advocate (a member state: 404)", [Admin, Conduct, Vra]);
    private static readonly Rule ConductReveal = new("reveal a sealed part: the mission's conduct officer and victims' rights advocate", [Conduct, Vra]);

    /// <summary>"METHOD template" of the OpenAPI document → rule. Exactly one row per operation.</summary>
    private static readonly Dictionary<string, Rule> ApiRules = new()
    {
        ["GET /api/v1/audit"] = AdminOnly,
        ["GET /api/v1/sites/{id}"] = MissionForces,
        ["GET /api/v1/member-states"] = SignedIn,
        ["GET /api/v1/missions/{code}/alert-targets"] = Targets,
        ["PUT /api/v1/missions/{code}/alert-targets"] = AdminOnly,
        ["GET /api/v1/missions"] = SignedIn,
        ["GET /api/v1/missions/{code}"] = SignedIn,
        ["PUT /api/v1/missions/{code}"] = MissionEdit,
        ["GET /api/v1/missions/{code}/units"] = MissionUnits,
        ["GET /api/v1/missions/{code}/strength"] = MissionForces,
        ["POST /api/v1/alerts"] = AlertsManage,
        ["GET /api/v1/alerts"] = AlertsRead,
        ["GET /api/v1/alerts/board"] = AlertsRead,
        ["GET /api/v1/alerts/board/version"] = AlertsRead,
        ["GET /api/v1/alerts/{id}"] = AlertInMission,
        ["POST /api/v1/alerts/{id}/transitions"] = ManageInMission,
        ["POST /api/v1/alerts/{id}/responses"] = ManageInMission,
        ["POST /api/v1/alerts/{id}/responses/{responseId}/outcome"] = OutcomeRule,
        ["POST /api/v1/alerts/{id}/responses/{responseId}/on-scene"] = OnSceneRule,
        ["POST /api/v1/alerts/{id}/merge"] = ManageInMission,
        ["POST /api/v1/alerts/sms"] = Gateway,
        ["GET /api/v1/alerts/export"] = AlertsRead,
        ["POST /api/v1/alerts/import"] = AlertsManage,
        ["GET /api/v1/alerts/notifications"] = AlertsRead,
        ["POST /api/v1/alerts/notifications/{id}/acknowledge"] = UnknownId,
        ["GET /api/v1/alerts/{id}/duplicates"] = AlertInMission,
        ["GET /api/v1/maps/outlines/{country}"] = Open,
        ["GET /api/v1/hotspots/clusters"] = HotspotsRead,
        ["GET /api/v1/hotspots/grid"] = HotspotsRead,
        ["POST /api/v1/warnings"] = WarningsManage,
        ["GET /api/v1/warnings"] = WarningsRead,
        ["GET /api/v1/warnings/{id}"] = WarningInMission,
        ["PUT /api/v1/warnings/{id}"] = WarningsManage,
        ["POST /api/v1/warnings/{id}/approve"] = WarningsManage,
        ["POST /api/v1/warnings/{id}/cancel"] = WarningsManage,
        ["GET /api/v1/warnings/{id}/cap"] = Open,
        ["POST /api/v1/warnings/cap"] = CapIntake,
        ["POST /api/v1/warnings/cap/{id}/alert"] = CapIntake,
        ["GET /feeds/warnings.atom"] = Open,
        ["GET /api/v1/events"] = EventsRead,
        ["GET /api/v1/events/{id}"] = EventsRead,
        ["GET /api/v1/events.geojson"] = EventsRead,
        ["POST /api/v1/alerts/{id}/incident"] = VerifyInMission,
        ["GET /api/v1/forecasts"] = EarlyWarningRead,
        ["POST /api/v1/events/imports"] = EventsImport,
        ["GET /api/v1/conduct/statistics"] = Open,
        ["GET /api/v1/conduct/statistics.csv"] = Open,
        ["GET /api/v1/conduct/statistics.hxl.csv"] = Open,
        ["GET /api/v1/conduct/statistics.xlsx"] = Open,
        ["POST /api/v1/conduct/imports"] = AdminOnly,
        ["GET /api/v1/conduct/board"] = ConductBoard,
        ["GET /api/v1/conduct/audit"] = ConductAudit,
        ["POST /api/v1/conduct/reports"] = Open,
        ["POST /api/v1/conduct/reports/status"] = Open,
        ["GET /api/v1/conduct/cases/{id}/assistance"] = ConductVictims,
        ["POST /api/v1/conduct/cases/{id}/assistance"] = ConductVictims,
        ["POST /api/v1/conduct/cases/{id}/assistance/{aid}/received"] = ConductVictims,
        ["POST /api/v1/conduct/screening"] = ConductScreening,
        ["POST /api/v1/conduct/cases"] = ConductManage,
        ["GET /api/v1/conduct/cases"] = ConductRead,
        ["GET /api/v1/conduct/cases/{id}"] = ConductCaseRead,
        ["GET /api/v1/conduct/cases/{id}/audit"] = ConductAudit,
        ["POST /api/v1/conduct/cases/{id}/reveal"] = ConductReveal,
        ["POST /api/v1/conduct/cases/{id}/assess"] = ConductManage,
        ["POST /api/v1/conduct/cases/{id}/allegations"] = ConductManage,
        ["POST /api/v1/conduct/cases/{id}/subjects"] = ConductManage,
        ["PUT /api/v1/conduct/cases/{id}/subjects/{subjectId}"] = ConductManage,
        ["POST /api/v1/conduct/cases/{id}/victims"] = ConductManage,
        ["POST /api/v1/conduct/cases/{id}/measures"] = ConductManage,
        ["POST /api/v1/conduct/cases/{id}/referral"] = ConductManage,
        ["POST /api/v1/conduct/cases/{id}/member-state-answer"] = ConductManage,
        ["POST /api/v1/conduct/cases/{id}/investigation"] = ConductManage,
        ["POST /api/v1/conduct/cases/{id}/pause"] = ConductManage,
        ["POST /api/v1/conduct/cases/{id}/resume"] = ConductManage,
        ["POST /api/v1/conduct/cases/{id}/findings"] = ConductManage,
        ["POST /api/v1/conduct/cases/{id}/actions"] = ConductManage,
        ["POST /api/v1/conduct/cases/{id}/criminal-referral"] = ConductManage,
        ["POST /api/v1/conduct/cases/{id}/closure"] = ConductManage,
    };

    /// <summary>Not probed: sign-in is rate limited and documented by its own tests.</summary>
    private static readonly HashSet<string> Excluded = ["POST /api/v1/auth/login"];

    /// <summary>Page route template → rule. Exactly one row per routable component.</summary>
    private static readonly Dictionary<string, Rule> PageRules = new()
    {
        ["/"] = Open,
        ["/account/denied"] = Open,
        ["/about/data"] = Open,
        ["/account/login"] = Open,
        ["/admin/audit"] = AdminOnly,
        ["/missions"] = SignedIn,
        ["/missions/{Code}"] = SignedIn,
        ["/sites/{Id:guid}"] = MissionForces,
        ["/alerts"] = AlertsRead,
        ["/alerts/board"] = AlertsRead,
        ["/alerts/map"] = AlertsRead,
        ["/alerts/{Id:guid}"] = AlertInMission,
        ["/alerts/new"] = AlertsManage,
        ["/alerts/import"] = AlertsManage,
        ["/hotspots"] = HotspotsRead,
        ["/warnings"] = WarningsRead,
        ["/warnings/new"] = WarningsManage,
        ["/warnings/{Id:guid}"] = WarningInMission,
        ["/warnings/{Id:guid}/edit"] = WarningsManage,
        ["/warnings/cap/upload"] = CapIntake,
        ["/warnings/cap/{Id:guid}"] = CapIntake,
        ["/events"] = EventsRead,
        ["/events/map"] = EventsRead,
        ["/events/{Id:guid}"] = EventsRead,
        ["/alerts/{AlertId:guid}/verify"] = VerifyInMission,
        ["/forecasts"] = EarlyWarningRead,
        ["/events/import"] = EventsImport,
        ["/conduct/statistics"] = Open,
        ["/conduct/import"] = AdminOnly,
        ["/conduct"] = ConductBoard,
        ["/conduct/audit"] = ConductAudit,
        ["/conduct/report"] = Open,
        ["/conduct/report/status"] = Open,
        ["/conduct/cases/{Id:guid}/assistance"] = ConductVictims,
        ["/conduct/screening"] = ConductScreening,
        ["/conduct/cases"] = ConductRead,
        ["/conduct/cases/new"] = ConductManage,
        ["/conduct/cases/{Id:guid}"] = ConductCaseRead,
    };

    private static Outcome Expected(Rule rule, string role) =>
        role == Anonymous ? (rule.Public ? Outcome.In : Outcome.SignIn)
        : rule.NobodyIn ? (rule == Gateway ? Outcome.SignIn : Outcome.Refused)
        : rule.In.Contains(role) ? Outcome.In : Outcome.Refused;

    /// <summary>Pages answer by redirecting (followed here) to the sign-in or access-denied page.</summary>
    private static Outcome Classify(HttpResponseMessage r, string requested)
    {
        var path = r.RequestMessage?.RequestUri?.AbsolutePath ?? "";
        var redirected = path != requested;
        return (int)r.StatusCode switch
        {
            401 => Outcome.SignIn,
            403 or 404 => Outcome.Refused,
            _ when redirected && path == "/account/login" => Outcome.SignIn,
            _ when redirected && path == "/account/denied" => Outcome.Refused,
            < 300 or 400 or 409 or 415 => Outcome.In,
            _ => throw new InvalidOperationException($"unexpected {(int)r.StatusCode} for {r.RequestMessage?.RequestUri}"),
        };
    }

    /// <summary>Real ids: a fresh MINUSCA alert, one dispatched to the commander's unit, a pair to merge, Bangui.</summary>
    private sealed record Ids(Guid Alert, Guid Dispatched, Guid Response, Guid MergeFrom, Guid MergeInto, Guid Site, Guid Warning = default, Guid Issued = default, Guid Received = default, Guid Event = default, Guid ConductCase = default, Guid Assistance = default);

    private async Task<Ids> SeedAsync()
    {
        var joc = await app.ClientFor(AlertsApp.Joc);
        var alert = await app.Raise(joc, AlertsApp.Body("matrice : alerte", threat: "displacement", lat: 4.9, lon: 23.3));
        var dispatched = await app.Raise(joc, AlertsApp.Body("matrice : confiée", threat: "sexual-violence", lat: 5.9, lon: 23.9));
        var mergeFrom = await app.Raise(joc, AlertsApp.Body("matrice : fusion a", threat: "looting-or-destruction", lat: 7.9, lon: 15.9));
        var mergeInto = await app.Raise(joc, AlertsApp.Body("matrice : fusion b", threat: "looting-or-destruction", lat: 7.91, lon: 15.91));
        var units = await joc.GetFromJsonAsync<JsonElement>("/api/v1/missions/MINUSCA/units", Ct);
        var unit = units.EnumerateArray().Where(u => u.GetProperty("name").GetString()!.EndsWith(" Bangui", StringComparison.Ordinal))
            .OrderByDescending(u => u.GetProperty("strength").GetInt32()).ThenBy(u => u.GetProperty("name").GetString(), StringComparer.Ordinal)
            .First().GetProperty("id").GetGuid();
        var d = await joc.PostAsJsonAsync($"/api/v1/alerts/{dispatched}/responses", new { unitIds = new[] { unit }, action = "patrol" }, Ct);
        var response = (await d.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("responses")[0].GetProperty("id").GetGuid();
        var m = await joc.GetFromJsonAsync<JsonElement>("/api/v1/missions/MINUSCA", Ct);
        var site = m.GetProperty("sites").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "Bangui").GetProperty("id").GetGuid();
        // A draft by the POC adviser (approving it themselves is refused: nothing changes), an issued public
        // warning (its CAP is anyone's), a received CAP alert outside every host country (no alert can be made of it).
        var warning = (await Warnings.WarningsApi.DraftAsync(await app.ClientFor(AlertsApp.Poc), Warnings.WarningsApi.Body(app, "matrice : brouillon"))).GetProperty("id").GetGuid();
        var issued = await Warnings.WarningsApi.IssuedAsync(app, Warnings.WarningsApi.Body(app, "matrice : émise"));
        var received = (await (await Warnings.WarningsApi.PostCapAsync(joc, Warnings.WarningsApi.Fixture("signed.xml"))).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var imported = EventSeed.Event("QM", new DateOnly(2020, 5, 1));
        await EventSeed.WriteAsync(app.Services, [imported]);
        var conductCase = await Bluehelm.IntegrationTests.Conduct.Intake.ConductSeed.VictimCaseAsync(app, "MINUSCA");
        var assistance = await Bluehelm.IntegrationTests.Conduct.Intake.ConductSeed.AssistanceAsync(app, conductCase);
        return new Ids(alert, dispatched, response, mergeFrom, mergeInto, site, warning, issued, received, imported.Id, conductCase, assistance);
    }

    /// <summary>The request for one operation: path filled, a body that cannot change anything for a refused caller.</summary>
    private static HttpRequestMessage ApiRequest(string method, string template, Ids ids)
    {
        var alert = template.Contains("/outcome", StringComparison.Ordinal) || template.EndsWith("/on-scene", StringComparison.Ordinal) ? ids.Dispatched : template.EndsWith("/merge", StringComparison.Ordinal) ? ids.MergeFrom : ids.Alert;
        var path = template
            .Replace("/warnings/cap/{id}", $"/warnings/cap/{ids.Received}", StringComparison.Ordinal)
            .Replace("/warnings/{id}/cap", $"/warnings/{ids.Issued}/cap", StringComparison.Ordinal)
            .Replace("/warnings/{id}", $"/warnings/{ids.Warning}", StringComparison.Ordinal)
            .Replace("/sites/{id}", $"/sites/{ids.Site}", StringComparison.Ordinal)
            .Replace("/notifications/{id}", $"/notifications/{Guid.NewGuid()}", StringComparison.Ordinal)
            .Replace("/events/{id}", $"/events/{ids.Event}", StringComparison.Ordinal)
            .Replace("/conduct/cases/{id}", $"/conduct/cases/{ids.ConductCase}", StringComparison.Ordinal)
            .Replace("{aid}", ids.Assistance.ToString(), StringComparison.Ordinal)
            .Replace("{id}", alert.ToString(), StringComparison.Ordinal)
            .Replace("{responseId}", ids.Response.ToString(), StringComparison.Ordinal)
            .Replace("{subjectId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{code}", "MINUSCA", StringComparison.Ordinal)
            .Replace("{country}", "CF", StringComparison.Ordinal);
        object? body = (method, template) switch
        {
            ("GET", _) => null,
            // Received -> received is no transition: 409 for an admitted caller, nothing moves.
            (_, "/api/v1/alerts/{id}/transitions") => new { to = "received" },
            // An unknown unit: 400 for an admitted caller, after the scope check.
            (_, "/api/v1/alerts/{id}/responses") => new { unitIds = new[] { Guid.NewGuid() }, action = "patrol" },
            (_, "/api/v1/alerts/{id}/responses/{responseId}/outcome") => new { outcome = "other" },
            (_, "/api/v1/alerts/{id}/merge") => new { into = ids.MergeInto, reason = "matrice" },
            // A reason over the limit: 400 for an admitted caller, before anything is cancelled.
            (_, "/api/v1/warnings/{id}/cancel") => new { reason = new string('x', 501) },
            // Received before it was requested: 400 for an admitted caller, nothing marked.
            (_, "/api/v1/conduct/cases/{id}/assistance/{aid}/received") => new { receivedOn = "2000-01-01" },
            _ => new { },
        };
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return request;
    }

    [Fact]
    public async Task EveryRole_EveryApiOperationAndPage_AsTheTableSays()
    {
        var ids = await SeedAsync();
        var anonymous = app.CreateClient();
        var openApi = await (await app.ClientFor(BluehelmApp.AdminEmail)).GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);
        var operations = openApi.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => $"{o.Name.ToUpperInvariant()} {p.Name}"))
            .Where(o => !Excluded.Contains(o))
            .ToList();
        var pages = typeof(Bluehelm.Platform.Data.BluehelmDbContext).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => r.Template))
            .ToList();

        operations.Where(o => !ApiRules.ContainsKey(o)).ShouldBeEmpty("operations without a row in ApiRules");
        ApiRules.Keys.Where(k => !operations.Contains(k)).ShouldBeEmpty("rows of ApiRules without an operation");
        pages.Where(p => !PageRules.ContainsKey(p)).ShouldBeEmpty("pages without a row in PageRules");
        PageRules.Keys.Where(k => !pages.Contains(k)).ShouldBeEmpty("rows of PageRules without a page");

        var api = new Dictionary<string, HttpClient> { [Anonymous] = anonymous };
        var web = new Dictionary<string, HttpClient> { [Anonymous] = app.CreateClient() };
        foreach (var role in Everyone)
        {
            api[role] = await app.ClientFor(Emails[role]);
            web[role] = await app.PageClientFor(Emails[role]);
        }

        var probes = new List<Task<string?>>();
        foreach (var (role, client) in api)
        {
            foreach (var op in operations)
            {
                var (method, template) = (op.Split(' ')[0], op.Split(' ')[1]);
                probes.Add(Probe(client, ApiRequest(method, template, ids), role, op, Expected(ApiRules[op], role)));
            }
        }

        foreach (var (role, client) in web)
        {
            foreach (var page in pages)
            {
                var path = page.Replace("/sites/{Id:guid}", $"/sites/{ids.Site}", StringComparison.Ordinal)
                    .Replace("/warnings/cap/{Id:guid}", $"/warnings/cap/{ids.Received}", StringComparison.Ordinal)
                    .Replace("/warnings/{Id:guid}", $"/warnings/{ids.Warning}", StringComparison.Ordinal)
                    .Replace("/events/{Id:guid}", $"/events/{ids.Event}", StringComparison.Ordinal)
                    .Replace("/conduct/cases/{Id:guid}", $"/conduct/cases/{ids.ConductCase}", StringComparison.Ordinal)
                    .Replace("{AlertId:guid}", ids.Alert.ToString(), StringComparison.Ordinal)
                    .Replace("{Id:guid}", ids.Alert.ToString(), StringComparison.Ordinal)
                    .Replace("{Code}", "MINUSCA", StringComparison.Ordinal);
                probes.Add(Probe(client, new HttpRequestMessage(HttpMethod.Get, path), role, "page " + page, Expected(PageRules[page], role)));
            }
        }

        var wrong = (await Task.WhenAll(probes)).OfType<string>().Order(StringComparer.Ordinal).ToList();
        wrong.ShouldBeEmpty();
    }

    private static async Task<string?> Probe(HttpClient client, HttpRequestMessage request, string role, string what, Outcome expected)
    {
        var requested = request.RequestUri!.OriginalString.Split('?')[0];
        using var response = await client.SendAsync(request, Ct);
        var got = Classify(response, requested);
        return got == expected ? null : $"{what} as {role}: expected {expected}, got {got} ({(int)response.StatusCode} {response.RequestMessage?.RequestUri?.AbsolutePath})";
    }
}
