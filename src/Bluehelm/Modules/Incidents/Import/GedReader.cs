using System.Runtime.CompilerServices;

namespace Bluehelm.Modules.Incidents.Import;

/// <summary>
/// The <c>ged</c> format: UCDP GED as CSV or GeoJSON, told apart by the first character (a GeoJSON
/// file starts with <c>{</c>, a CSV with its header). Cited: Sundberg &amp; Melander (2013), UCDP GED Codebook 23.1.
/// </summary>
internal sealed class GedReader : IEventFileReader
{
    public const string Name = "ged";

    public string Format => Name;

    public EventSource Source => EventSource.UcdpGed;

    public async IAsyncEnumerable<ConflictEvent> ReadAsync(Stream stream, EventFile file, ImportProblems problems, [EnumeratorCancellation] CancellationToken ct)
    {
        var (sniffed, first) = await PrefixedStream.SniffAsync(stream, ct);
        var events = first == (byte)'{'
            ? new GedGeoJsonReader().ReadAsync(sniffed, file, problems, ct)
            : new GedCsvReader().ReadAsync(sniffed, file, problems, ct);
        await foreach (var e in events)
        {
            yield return e;
        }
    }
}
