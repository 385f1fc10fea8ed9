using Bluehelm.Cli;

namespace Bluehelm.IntegrationTests.Missions;

/// <summary>Role and scope rules on the mission endpoints, enforced on the server.</summary>
public sealed class MissionsApiTests(MissionsApiTests.Fixture app) : IClassFixture<MissionsApiTests.Fixture>
{
    /// <summary>The demo plus a second mission (MONUSCO) and a POC adviser scoped to it.</summary>
    public sealed class Fixture : BluehelmApp
    {
        public override async ValueTask InitializeAsync()
        {
            await base.InitializeAsync();
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            (await CliApp.RunAsync(["import", "geo-pko", RepoPaths.ReferenceData, "--mission", "MONUSCO"], stdout, stderr, TextReader.Null, Settings)).ShouldBe(0, stderr.ToString());
            (await CliApp.RunAsync(["user", "add", "--email", "poc.monusco@test.local", "--role", "poc-adviser", "--scope", "mission:MONUSCO", "--password-stdin"], stdout, stderr, new StringReader(DemoPassword + "\n"), Settings)).ShouldBe(0, stderr.ToString());
        }
    }

    private static object Update(string name) => new { nameEn = name, nameFr = name + " (fr)", workingLanguages = "fr,sg" };

    [Fact]
    public async Task Get_SignedIn_ReturnsMissionWithSitesAndMandate()
    {
        var client = await app.ClientFor("training@demo.bluehelm.local");

        var m = await client.GetFromJsonAsync<JsonElement>("/api/v1/missions/minusca", TestContext.Current.CancellationToken);

        m.GetProperty("code").GetString().ShouldBe("MINUSCA");
        m.GetProperty("hostCountryIso2").GetString().ShouldBe("CF");
        m.GetProperty("sites").GetArrayLength().ShouldBe(28);
        m.GetProperty("mandates")[0].GetProperty("symbol").GetString().ShouldBe("S/RES/2149 (2014)");
        var bangui = m.GetProperty("sites").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "Bangui");
        bangui.GetProperty("prioGridGid").GetInt32().ShouldBe(135758);
    }

    [Fact]
    public async Task Get_UnknownMission_Returns404WithCode()
    {
        var client = await app.ClientFor("training@demo.bluehelm.local");

        var response = await client.GetAsync("/api/v1/missions/NOPE", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Platform.AuthTests.Code(response)).ShouldBe("not-found");
    }

    [Fact]
    public async Task Get_Anonymous_Returns401()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/missions/MINUSCA", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("delegation.sn@demo.bluehelm.local")]
    [InlineData("joc.minusca@demo.bluehelm.local")]
    [InlineData("forcegen@demo.bluehelm.local")]
    public async Task Update_RoleWithoutEditRight_Returns403AndChangesNothing(string email)
    {
        var client = await app.ClientFor(email);

        var response = await client.PutAsJsonAsync("/api/v1/missions/MINUSCA", Update("Hacked"), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var m = await client.GetFromJsonAsync<JsonElement>("/api/v1/missions/MINUSCA", TestContext.Current.CancellationToken);
        m.GetProperty("nameEn").GetString().ShouldNotBe("Hacked");
    }

    [Fact]
    public async Task Update_PocAdviserOfAnotherMission_Returns403()
    {
        var client = await app.ClientFor("poc.monusco@test.local");

        var response = await client.PutAsJsonAsync("/api/v1/missions/MINUSCA", Update("Not yours"), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Platform.AuthTests.Code(response)).ShouldBe("forbidden");
    }

    [Fact]
    public async Task Update_PocAdviserOfTheMission_Succeeds()
    {
        var client = await app.ClientFor("poc.monusco@test.local");

        var response = await client.PutAsJsonAsync("/api/v1/missions/MONUSCO", Update("MONUSCO renamed"), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("nameEn").GetString().ShouldBe("MONUSCO renamed");
    }

    [Fact]
    public async Task Update_InvalidBody_Returns400WithFieldCodes()
    {
        var client = await app.ClientFor(BluehelmApp.AdminEmail);

        var response = await client.PutAsJsonAsync("/api/v1/missions/MINUSCA", new { nameEn = "", nameFr = new string('x', 300), workingLanguages = "French" }, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        problem.GetProperty("code").GetString().ShouldBe("validation");
        var errors = problem.GetProperty("errors");
        errors.GetProperty("nameEn")[0].GetString().ShouldBe("required");
        errors.GetProperty("nameFr")[0].GetString().ShouldBe("too-long");
        errors.GetProperty("workingLanguages")[0].GetString().ShouldBe("invalid");
    }

    [Fact]
    public async Task Update_NotJson_Returns4xxProblem()
    {
        var client = await app.ClientFor(BluehelmApp.AdminEmail);

        var response = await client.PutAsync("/api/v1/missions/MINUSCA", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task MemberStates_ListedForADelegation_HaveEnglishAndFrenchNames()
    {
        var client = await app.ClientFor("delegation.sn@demo.bluehelm.local");

        var states = await client.GetFromJsonAsync<JsonElement>("/api/v1/member-states", TestContext.Current.CancellationToken);

        var cf = states.EnumerateArray().Single(s => s.GetProperty("iso2").GetString() == "CF");
        cf.GetProperty("nameEn").GetString().ShouldBe("Central African Republic");
        cf.GetProperty("nameFr").GetString().ShouldBe("République centrafricaine");
        cf.GetProperty("francophone").GetBoolean().ShouldBeTrue();
        states.GetArrayLength().ShouldBeGreaterThan(240);
    }

    [Fact]
    public async Task SiteAndStrength_ImportedMinusca_ReturnGeoPkoAndIpiFigures()
    {
        var client = await app.ClientFor("joc.minusca@demo.bluehelm.local");
        var m = await client.GetFromJsonAsync<JsonElement>("/api/v1/missions/MINUSCA", TestContext.Current.CancellationToken);
        var banguiId = m.GetProperty("sites").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "Bangui").GetProperty("id").GetString();

        var site = await client.GetFromJsonAsync<JsonElement>($"/api/v1/sites/{banguiId}", TestContext.Current.CancellationToken);
        var strength = await client.GetFromJsonAsync<JsonElement>("/api/v1/missions/MINUSCA/strength", TestContext.Current.CancellationToken);

        var y2019 = site.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2019);
        y2019.GetProperty("contributors").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "Rwanda").GetProperty("troops").GetInt32().ShouldBe(950);
        strength.GetArrayLength().ShouldBe(34);
        strength.EnumerateArray().Last().GetProperty("total").GetInt32().ShouldBe(12208);
    }
}
