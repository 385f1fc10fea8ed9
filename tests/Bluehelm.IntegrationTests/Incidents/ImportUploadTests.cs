namespace Bluehelm.IntegrationTests.Incidents;

using static ImportTestSupport;

/// <summary>The upload page and <c>POST /api/v1/events/imports</c>, signed in as the demo POC adviser, through the real host.</summary>
public sealed class ImportUploadTests(BluehelmApp app) : IClassFixture<BluehelmApp>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ged-upload-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ImportPage_PocAdviserUploadsTwice_ImportsThenSaysAlreadyImported()
    {
        var client = await app.PageClientFor(Poc);
        var path = GedCsv(_folder, "GEDEvent_v23_1_page.csv", 30, firstId: 60_000_000);

        var first = await PostPageAsync(client, path);
        var firstText = Text(await first.Content.ReadAsStringAsync(Ct));
        first.StatusCode.ShouldBe(HttpStatusCode.OK, firstText);
        firstText.ShouldContain("Imported GEDEvent_v23_1_page.csv: 30 events added, 0 updated, 0 unchanged.");
        (await CountAsync(app, "\"SourceId\" LIKE '6000____'")).ShouldBe(30);

        var second = await PostPageAsync(client, path);
        var secondText = Text(await second.Content.ReadAsStringAsync(Ct));
        secondText.ShouldContain("GEDEvent_v23_1_page.csv was already imported on");
        secondText.ShouldContain("nothing was added");
        (await CountAsync(app, "\"SourceId\" LIKE '6000____'")).ShouldBe(30);
    }

    [Fact]
    public async Task ImportPage_BadRowInFrench_Answers422WithTheProblemTableAndImportsNothing()
    {
        var client = await app.PageClientFor(Poc);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var path = GedCsv(_folder, "GEDEvent_v23_1_bad.csv", 12, firstId: 61_000_000, (i, line) => i == 4 ? SetFromEnd(line, 5, "beaucoup") : line);

        var response = await PostPageAsync(client, path);
        var html = await response.Content.ReadAsStringAsync(Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var text = Text(html);
        text.ShouldContain("GEDEvent_v23_1_bad.csv n'a pas été importé : 1 problème(s) trouvé(s).");
        html.ShouldContain("<td>4</td>");
        html.ShouldContain("<code>best</code>");
        text.ShouldContain("Le nombre de morts n'est pas un entier positif ou nul.");
        (await CountAsync(app, "\"SourceId\" LIKE '6100____'")).ShouldBe(0);
    }

    [Fact]
    public async Task ImportApi_MultipartThenSameFileThenBadFile_AnswersReportAlreadyImportedAnd422()
    {
        var client = await app.ClientFor(Poc);
        var path = GedCsv(_folder, "GEDEvent_v24_1_api.csv", 25, firstId: 62_000_000);

        var first = await client.PostAsync("/api/v1/events/imports?format=ged", ApiForm(path), Ct);
        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync(Ct));
        var report = await first.Content.ReadFromJsonAsync<JsonElement>(Ct);
        report.GetProperty("outcome").GetString().ShouldBe("imported");
        report.GetProperty("added").GetInt32().ShouldBe(25);
        report.GetProperty("datasetVersion").GetString().ShouldBe("24.1");
        report.GetProperty("sha256").GetString().ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))));

        // The body itself as the file (not seekable on the server: hashed while read, refused at the end).
        var raw = new StreamContent(File.OpenRead(path));
        var again = await client.PostAsync("/api/v1/events/imports?format=ged&fileName=again.csv", raw, Ct);
        (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("outcome").GetString().ShouldBe("already-imported");
        (await CountAsync(app, "\"SourceId\" LIKE '6200____'")).ShouldBe(25);

        var bad = GedCsv(_folder, "GEDEvent_v24_1_bad.csv", 25, firstId: 63_000_000, (i, line) => i == 9 ? SetLatitude(line, "95.000000") : line);
        var rejected = await client.PostAsync("/api/v1/events/imports?format=ged", ApiForm(bad), Ct);
        rejected.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await rejected.Content.ReadFromJsonAsync<JsonElement>(Ct);
        problem.GetProperty("code").GetString().ShouldBe("import-rejected");
        problem.GetProperty("problemCount").GetInt32().ShouldBe(1);
        var p = problem.GetProperty("problems")[0];
        (p.GetProperty("row").GetInt32(), p.GetProperty("column").GetString(), p.GetProperty("code").GetString()).ShouldBe((9, "latitude", "latitude.range"));
        (await CountAsync(app, "\"SourceId\" LIKE '6300____'")).ShouldBe(0, string.Join(", ", await IdsAsync(app, "\"SourceId\" LIKE '6300____'")));
    }

    [Fact]
    public async Task ImportApi_UnknownFormat_Answers400NamingTheParameter()
    {
        var client = await app.ClientFor(Poc);
        var path = GedCsv(_folder, "x.csv", 2, firstId: 64_000_000);

        var response = await client.PostAsync("/api/v1/events/imports?format=gdelt", ApiForm(path), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("\"format\"");
    }
}

/// <summary>A host whose upload limit is 64 MB, for a 200 MB file.</summary>
public sealed class SmallUploadApp : BluehelmApp
{
    protected override void Start()
    {
        Settings["Bluehelm:Incidents:MaxUploadBytes"] = (64L * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture);
        base.Start();
    }
}

/// <summary>A 200 MB GED CSV above the upload limit: refused with 413 from its announced length, before the body is read.</summary>
public sealed class ImportUploadLimitTests(SmallUploadApp app) : IClassFixture<SmallUploadApp>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ged-large-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ImportUpload_FileOfTwoHundredMegabytesAboveTheLimit_Answers413OnPageAndApi()
    {
        var path = Path.Combine(_folder, "GEDEvent_v23_1_large.csv");
        var bytes = GedSample.Write(path, 480_000, seed: 7, firstId: 70_000_000);
        bytes.ShouldBeGreaterThan(200L * 1000 * 1000);
        var api = await app.ClientFor(Poc);
        var page = await app.PageClientFor(Poc);

        var refused = await api.PostAsync("/api/v1/events/imports?format=ged", ApiForm(path), Ct);
        var pageRefused = await PostPageAsync(page, path);

        refused.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString().ShouldBe("too-large");
        pageRefused.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        var text = Text(await pageRefused.Content.ReadAsStringAsync(Ct));
        text.ShouldContain("File too large");
        text.ShouldContain("larger than the 64 MB this server accepts");
        (await CountAsync(app, "\"SourceId\" LIKE '7000____'")).ShouldBe(0);
    }
}
