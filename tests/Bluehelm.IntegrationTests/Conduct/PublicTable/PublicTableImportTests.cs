using Bluehelm.Modules.Conduct.Domain;
using Bluehelm.Modules.Missions.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Conduct.PublicTable;

using static TableTestSupport;

/// <summary>
/// The July 2024 table as the demo seed imports it, and the upload page and API on it, through the
/// real host and database (SQLite, and PostgreSQL in test.sh's second pass). Nothing here changes the
/// imported cases; the edition tests that do have their own host.
/// </summary>
public sealed class PublicTableImportTests(BluehelmApp app) : IClassFixture<BluehelmApp>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("conduct-table-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task SeedDemo_FirstRun_CountsPerMissionAndYearAndVictimsEqualTheFileReadIndependently()
    {
        var expected = CountsFromFile(RawXlsx.Original);
        expected.Values.Sum().ShouldBe(753);

        (await CasesAsync(app)).ShouldBe(753);
        var actual = await CountsFromDatabase(app);
        actual.OrderBy(p => p.Key).ShouldBe(expected.OrderBy(p => p.Key));

        var victims = VictimsFromFile(RawXlsx.Original);
        var stored = await VictimsFromDatabase(app);
        stored[nameof(AgeGroup.Child)].ShouldBe(victims["Child"]);
        stored[nameof(AgeGroup.Adult)].ShouldBe(victims["Adult"]);
        stored[nameof(AgeGroup.Unknown)].ShouldBe(victims["Unknown"]);
        (await WithDb(app, db => db.Set<ConductImport>().CountAsync(i => i.FileName == "un-conduct-table-of-allegations-2024-07.xlsx" && i.Added == 753, Ct))).ShouldBe(1);
    }

    [Fact]
    public async Task SeedDemo_ARowOfTheFile_StoredWithItsProvenanceAndParsedCells()
    {
        // Excel row 658: two contingents of two nationalities ("Military (MC)" twice, "Nepal" / "Ethiopia").
        var row = RawXlsx.Rows(RawXlsx.Original)[658];
        var c = await WithDb(app, db => db.Set<ConductCase>().AsNoTracking().Include(x => x.Subjects)
            .SingleAsync(x => x.Source == CaseSource.PublicTable && x.SourceRow == 658, Ct));

        c.MissionCode.ShouldBe(row["B"].Trim());
        c.Reference.ShouldStartWith("UNT-" + c.MissionCode + "-" + c.ReportedYear + "-");
        c.ReportedPrecision.ShouldBe(DatePrecision.Month);
        c.SourceKey.ShouldNotBeNullOrEmpty();
        c.ContentHash!.Length.ShouldBe(64);
        c.Subjects.Select(s => s.NationalityIso2).Order().ShouldBe(["ET", "NP"]);
        c.Subjects.ShouldAllBe(s => s.Category == PersonnelCategory.MilitaryContingent && s.CategoryText == "Military (MC)");
    }

    [Fact]
    public async Task SeedDemo_MissionsTheTableNames_AddedByCodeAndKnownOnesKept()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var missions = scope.ServiceProvider.GetRequiredService<IMissionDirectory>();

        var unama = await missions.FindAsync("UNAMA", Ct);
        unama.ShouldNotBeNull();
        unama.NameEn.ShouldBe("UNAMA");
        unama.Current.ShouldBeFalse();
        foreach (var code in new[] { "UNSMIL", "OSES", "UNITAD", "UNSCO" })
        {
            (await missions.FindAsync(code, Ct)).ShouldNotBeNull(code);
        }

        var minusca = (await missions.FindAsync("MINUSCA", Ct))!;
        minusca.Current.ShouldBeTrue();
        minusca.NameEn.ShouldStartWith("United Nations Multidimensional");
        (await missions.AllAsync(Ct)).Count(m => m.Code == "UNAMA").ShouldBe(1);
    }

    [Fact]
    public async Task EnsureMission_TwoCallersAtOnce_OneMissionBothGetIt()
    {
        await using var one = app.Services.CreateAsyncScope();
        await using var two = app.Services.CreateAsyncScope();

        var both = await Task.WhenAll(
            one.ServiceProvider.GetRequiredService<IMissionDirectory>().EnsureAsync("untest", Ct),
            two.ServiceProvider.GetRequiredService<IMissionDirectory>().EnsureAsync("UNTEST", Ct));

        both[0].Id.ShouldBe(both[1].Id);
        both[0].Code.ShouldBe("UNTEST");
        await using var three = app.Services.CreateAsyncScope();
        var directory = three.ServiceProvider.GetRequiredService<IMissionDirectory>();
        (await directory.EnsureAsync("UNTEST", Ct)).Id.ShouldBe(both[0].Id);
        (await directory.AllAsync(Ct)).Count(m => m.Code == "UNTEST").ShouldBe(1);
        // A mission the Missions module knows by name is added with it, and current.
        var known = await directory.EnsureAsync("UNMOGIP", Ct);
        known.NameEn.ShouldBe("United Nations Military Observer Group in India and Pakistan");
        known.Current.ShouldBeTrue();
    }

    [Fact]
    public async Task ImportApi_SameFileAgainByAdmin_AddsNothingAndRecordsAllUnchanged()
    {
        var admin = await app.ClientFor(BluehelmApp.AdminEmail);
        var imports = await ImportsAsync(app);

        var response = await admin.PostAsync("/api/v1/conduct/imports", ApiForm(RawXlsx.Original), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var report = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        report.GetProperty("rows").GetInt32().ShouldBe(753);
        report.GetProperty("added").GetInt32().ShouldBe(0);
        report.GetProperty("updated").GetInt32().ShouldBe(0);
        report.GetProperty("unchanged").GetInt32().ShouldBe(753);
        report.GetProperty("missionsAdded").GetArrayLength().ShouldBe(0);
        report.GetProperty("sha256").GetString().ShouldBe("1e05b2434d7f1d0dad660ab996ff54fac17657098b79276143c6a722a6f32306");
        (await CasesAsync(app)).ShouldBe(753);
        (await ImportsAsync(app)).ShouldBe(imports + 1);
    }

    [Fact]
    public async Task ImportApi_WorkbookAsTheBody_ImportsAndJsonIsRefused()
    {
        var admin = await app.ClientFor(BluehelmApp.AdminEmail);
        var body = new ByteArrayContent(await File.ReadAllBytesAsync(RawXlsx.Original, Ct));
        body.Headers.ContentType = new(XlsxType);

        var response = await admin.PostAsync("/api/v1/conduct/imports?fileName=table.xlsx", body, Ct);
        var json = await admin.PostAsJsonAsync("/api/v1/conduct/imports", new { file = "x" }, Ct);
        var empty = await admin.PostAsync("/api/v1/conduct/imports", new MultipartFormDataContent { { new StringContent("x"), "other" } }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("fileName").GetString().ShouldBe("table.xlsx");
        json.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await empty.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("file")[0].GetString().ShouldBe("required");
    }

    [Fact]
    public async Task ImportApi_ConductOfficer_ForbiddenAndNothingImported()
    {
        var officer = await app.ClientFor(ConductOfficer);
        var imports = await ImportsAsync(app);

        var response = await officer.PostAsync("/api/v1/conduct/imports", ApiForm(RawXlsx.Original), Ct);
        var page = await (await app.PageClientFor(ConductOfficer)).GetAsync("/conduct/import", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // Pages send a refused user to the access-denied page.
        page.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/account/denied");
        (await ImportsAsync(app)).ShouldBe(imports);
    }

    [Fact]
    public async Task ImportApi_DamagedCopies_RefusedWholeNamingTheCellAndNothingWritten()
    {
        var admin = await app.ClientFor(BluehelmApp.AdminEmail);
        var imports = await ImportsAsync(app);
        var before = await WithDb(app, db => db.Set<ConductCase>().Where(c => c.Source == CaseSource.PublicTable).Select(c => c.ContentHash).ToListAsync(Ct));
        // A bad personnel cell on Excel row 10, and a later row changed, so a half import would show.
        var bad = RawXlsx.EditedCopy(_folder, "bad-personnel.xlsx", xml => RawXlsx.SetCell(RawXlsx.SetCell(xml, "D10", "Martian forces,many"), "L700", "Substantiated (Rape) (1)"));

        var truncated = await admin.PostAsync("/api/v1/conduct/imports", ApiForm(Truncated(_folder)), Ct);
        var personnel = await admin.PostAsync("/api/v1/conduct/imports", ApiForm(bad), Ct);

        truncated.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var t = await truncated.Content.ReadFromJsonAsync<JsonElement>(Ct);
        t.GetProperty("code").GetString().ShouldBe("import-rejected");
        t.GetProperty("problems")[0].GetProperty("code").GetString().ShouldBe("file.unreadable");
        personnel.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var p = await personnel.Content.ReadFromJsonAsync<JsonElement>(Ct);
        p.GetProperty("problemCount").GetInt32().ShouldBe(1);
        var problem = p.GetProperty("problems")[0];
        problem.GetProperty("row").GetInt32().ShouldBe(10);
        problem.GetProperty("column").GetString().ShouldBe("Personnel Type");
        problem.GetProperty("code").GetString().ShouldBe("personnel.invalid");
        (await ImportsAsync(app)).ShouldBe(imports);
        var after = await WithDb(app, db => db.Set<ConductCase>().Where(c => c.Source == CaseSource.PublicTable).Select(c => c.ContentHash).ToListAsync(Ct));
        after.Order().ShouldBe(before.Order());
    }

    [Fact]
    public async Task ImportPage_AdminUploadsTheTable_ShowsTheCountsAndTheImportHistory()
    {
        var client = await app.PageClientFor(BluehelmApp.AdminEmail);

        var response = await PostPageAsync(client, RawXlsx.Original);
        var text = Text(await response.Content.ReadAsStringAsync(Ct));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        text.ShouldContain("Imported un-conduct-table-of-allegations-2024-07.xlsx: 0 allegations added, 0 updated, 753 unchanged.");
        text.ShouldContain("No mission was added to the mission list.");
        text.ShouldContain("Previous imports");
        (await CasesAsync(app)).ShouldBe(753);
    }

    [Fact]
    public async Task ImportPage_BadCellInFrench_Answers422WithTheLocalizedProblemTable()
    {
        var client = await app.PageClientFor(BluehelmApp.AdminEmail);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var bad = RawXlsx.EditedCopy(_folder, "mauvais.xlsx", xml => RawXlsx.SetCell(xml, "E12", "Atlantide"));

        var response = await PostPageAsync(client, bad);
        var html = await response.Content.ReadAsStringAsync(Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var text = Text(html);
        text.ShouldContain("mauvais.xlsx n'a pas été importé : 1 problème(s) trouvé(s). Rien n'a été enregistré.");
        html.ShouldContain("<td>12</td>");
        html.ShouldContain("<code>Nationality</code>");
        text.ShouldContain("Ce nom ne désigne aucun pays.");
        text.ShouldContain("Atlantide");
    }

    [Fact]
    public async Task ImportUploads_AboveTheLimit_Answer413OnTheApiAndThePage()
    {
        var admin = await app.ClientFor(BluehelmApp.AdminEmail);
        var page = await app.PageClientFor(BluehelmApp.AdminEmail);
        var huge = new byte[(21 * 1024 * 1024) + 1];
        var imports = await ImportsAsync(app);

        var api = new ByteArrayContent(huge);
        api.Headers.ContentType = new(XlsxType);
        var apiResponse = await admin.PostAsync("/api/v1/conduct/imports", api, Ct);
        var form = new MultipartFormDataContent { { new ByteArrayContent(huge), "Upload.File", "huge.xlsx" } };
        var pageResponse = await page.PostAsync("/conduct/import", form, Ct);

        apiResponse.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await apiResponse.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString().ShouldBe("too-large");
        pageResponse.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        Text(await pageResponse.Content.ReadAsStringAsync(Ct)).ShouldContain("A table of allegations may be at most 20 MB. Nothing was imported.");
        (await ImportsAsync(app)).ShouldBe(imports);
    }
}
