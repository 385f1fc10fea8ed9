using Bluehelm.Modules.Conduct.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.IntegrationTests.Conduct.PublicTable;

using static TableTestSupport;

/// <summary>
/// <c>bluehelm import conduct-table</c> through the real command line on the host's database: the
/// whole table from nothing, the same file again, a later edition, damaged copies. Its own host, as
/// these tests take the demo's import out and change cases.
/// </summary>
public sealed class PublicTableEditionTests(BluehelmApp app) : IClassFixture<BluehelmApp>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("conduct-edition-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ImportCli_FromNothingThenAgainThenALaterEdition_AddsUpdatesAndCountsEachTime()
    {
        await WithDb(app, async db =>
        {
            await db.Set<ConductCase>().Where(c => c.Source == CaseSource.PublicTable).ExecuteDeleteAsync(Ct);
            return await db.Set<ConductImport>().ExecuteDeleteAsync(Ct);
        });

        var first = await CliAsync(app, "import", "conduct-table", RawXlsx.Original);
        first.Exit.ShouldBe(0, first.Err);
        first.Out.ShouldStartWith("Added 753, updated 0, unchanged 0 allegations (un-conduct-table-of-allegations-2024-07.xlsx, 753 rows, sha256 1e05b2434d7f");
        first.Out.ShouldContain("Missions added: none.");
        (await CountsFromDatabase(app)).OrderBy(p => p.Key).ShouldBe(CountsFromFile(RawXlsx.Original).OrderBy(p => p.Key));

        var again = await CliAsync(app, "import", "conduct-table", RawXlsx.Original);
        again.Exit.ShouldBe(0, again.Err);
        again.Out.ShouldStartWith("Added 0, updated 0, unchanged 753 allegations");
        (await CasesAsync(app)).ShouldBe(753);
        var row5 = await WithDb(app, db => db.Set<ConductCase>().AsNoTracking().SingleAsync(c => c.Source == CaseSource.PublicTable && c.SourceRow == 5, Ct));
        row5.Finding.ShouldNotBe(Finding.Substantiated);

        // The next edition: row 5's result changed, and a new allegation (a copy of the last row) at the end.
        var edition = RawXlsx.EditedCopy(_folder, "un-conduct-table-of-allegations-2024-10.xlsx",
            xml => RawXlsx.CopyRow(RawXlsx.SetCell(xml, "L5", "Substantiated (Rape) (1)"), 754, 755));
        RawXlsx.Records(edition).Count.ShouldBe(754);

        var next = await CliAsync(app, "import", "conduct-table", edition);

        next.Exit.ShouldBe(0, next.Err);
        next.Out.ShouldStartWith("Added 1, updated 1, unchanged 752 allegations (un-conduct-table-of-allegations-2024-10.xlsx, 754 rows");
        (await CasesAsync(app)).ShouldBe(754);
        (await CountsFromDatabase(app)).OrderBy(p => p.Key).ShouldBe(CountsFromFile(edition).OrderBy(p => p.Key));
        var updated = await WithDb(app, db => db.Set<ConductCase>().AsNoTracking().Include(c => c.Victims).SingleAsync(c => c.Id == row5.Id, Ct));
        updated.Reference.ShouldBe(row5.Reference);
        updated.Finding.ShouldBe(Finding.Substantiated);
        updated.FindingText.ShouldBe("Substantiated (Rape) (1)");
        updated.Version.ShouldBe(row5.Version + 1);
        updated.ImportId.ShouldNotBe(row5.ImportId);
        var added = await WithDb(app, db => db.Set<ConductCase>().AsNoTracking().SingleAsync(c => c.Source == CaseSource.PublicTable && c.SourceRow == 755, Ct));
        var last = await WithDb(app, db => db.Set<ConductCase>().AsNoTracking().SingleAsync(c => c.Source == CaseSource.PublicTable && c.SourceRow == 754, Ct));
        Identity(added.SourceKey!).ShouldBe(Identity(last.SourceKey!));
        added.SourceKey.ShouldNotBe(last.SourceKey);
        added.Reference.ShouldNotBe(last.Reference);
        (await ImportsAsync(app)).ShouldBe(3);
        // The audit trail: one bulk line per kind of change of each import, not one per row.
        var editionId = updated.ImportId!.Value.ToString();
        var lines = await WithDb(app, db => db.AuditEntries.Where(a => a.EntityType == nameof(ConductCase) && a.Action == "import").Select(a => a.Details!).ToListAsync(Ct));
        lines.Count.ShouldBe(4, string.Join("\n", lines));
        var ofEdition = lines.Where(l => l.Contains(editionId, StringComparison.Ordinal)).ToList();
        ofEdition.Count.ShouldBe(2);
        ofEdition.ShouldContain(l => l.EndsWith("; added: 1", StringComparison.Ordinal));
        ofEdition.ShouldContain(l => l.EndsWith("; modified: 1", StringComparison.Ordinal));
    }

    private static string Identity(string sourceKey) => sourceKey[..sourceKey.LastIndexOf(':')];

    [Fact]
    public async Task ImportCli_BadPersonnelCell_ExitsNonZeroNamingRowAndColumnAndWritesNothing()
    {
        var cases = await CasesAsync(app);
        var imports = await ImportsAsync(app);
        var bad = RawXlsx.EditedCopy(_folder, "bad.xlsx", xml => RawXlsx.SetCell(RawXlsx.SetCell(xml, "D10", "Martian forces,many"), "C20", "Someday / 2016"));

        var run = await CliAsync(app, "import", "conduct-table", bad);

        run.Exit.ShouldBe(1);
        run.Err.ShouldContain("bad.xlsx, row 10, column Personnel Type: personnel.invalid ('Martian forces,many')");
        run.Err.ShouldContain("bad.xlsx, row 20, column Date of incident: incident.invalid ('Someday / 2016')");
        run.Err.ShouldContain("2 problem(s) in bad.xlsx; nothing was imported.");
        (await CasesAsync(app)).ShouldBe(cases);
        (await ImportsAsync(app)).ShouldBe(imports);
    }

    [Fact]
    public async Task ImportCli_TruncatedFileOrMissingColumnOrNoFile_ExitsNonZeroAndWritesNothing()
    {
        var imports = await ImportsAsync(app);
        var noMission = RawXlsx.EditedCopy(_folder, "no-mission.xlsx", xml => RawXlsx.SetCell(xml, "B1", "Operation"));

        var truncated = await CliAsync(app, "import", "conduct-table", Truncated(_folder));
        var missing = await CliAsync(app, "import", "conduct-table", noMission);
        var absent = await CliAsync(app, "import", "conduct-table", Path.Combine(_folder, "nowhere.xlsx"));

        truncated.Exit.ShouldBe(1);
        truncated.Err.ShouldContain("truncated.xlsx: file.unreadable");
        missing.Exit.ShouldBe(1);
        missing.Err.ShouldContain("no-mission.xlsx, row 1, column Mission: column.missing");
        absent.Exit.ShouldBe(1);
        absent.Err.ShouldContain("file not found");
        (await ImportsAsync(app)).ShouldBe(imports);
    }
}
