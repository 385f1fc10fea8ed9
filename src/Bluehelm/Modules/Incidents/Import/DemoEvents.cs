namespace Bluehelm.Modules.Incidents.Import;

/// <summary>
/// The demo's conflict events: UCDP GED 23.1 for the Central African Republic (MINUSCA's country),
/// the reference file <c>data/reference/ucdp-ged-23.1-central-african-republic.geojson</c> embedded
/// unchanged. Imported like any file, so a second run finds its SHA-256 and adds nothing.
/// </summary>
internal sealed class DemoEvents(EventImporter importer, GedReader reader)
{
    public const string FileName = "ucdp-ged-23.1-central-african-republic.geojson";

    public async Task<IReadOnlyList<string>> SeedAsync(CancellationToken ct)
    {
        await using var stream = typeof(DemoEvents).Assembly.GetManifestResourceStream("Bluehelm.Modules.Incidents.Data." + FileName)
            ?? throw new InvalidOperationException("Missing resource " + FileName);
        var report = await importer.ImportAsync(reader, stream, new EventFile(FileName), "demo seed", ct);
        return report.Outcome == ImportOutcome.Rejected
            ? throw new InvalidOperationException($"The demo events did not import: {report.ProblemCount} problem(s), first {report.Problems[0]}.")
            : [];
    }
}
