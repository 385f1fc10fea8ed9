using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Modules.Conduct.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Conduct.PublicTable;

/// <summary>
/// Imports the embedded July 2024 table of allegations (<c>data/reference/</c>, unchanged) into the
/// demo on first run. Imported like any upload, so a second run finds every row unchanged; and once
/// the table is there (this edition or a later one imported by hand) the seed does not run again.
/// </summary>
internal sealed class DemoTable(ImportTable importer, ConductDbContext db)
{
    public const string FileName = "un-conduct-table-of-allegations-2024-07.xlsx";

    public async Task<IReadOnlyList<string>> SeedAsync(CancellationToken ct)
    {
        if (await db.Set<ConductImport>().AnyAsync(ct))
        {
            return [];
        }

        await using var stream = typeof(DemoTable).Assembly.GetManifestResourceStream("Bluehelm.Modules.Conduct.PublicTable." + FileName)
            ?? throw new InvalidOperationException("Missing resource " + FileName);
        var report = await importer.ImportAsync(stream, FileName, ct);
        return report.Ok
            ? []
            : throw new InvalidOperationException($"The demo table of allegations did not import: {report.ProblemCount} problem(s), first {report.Problems[0]}.");
    }
}
