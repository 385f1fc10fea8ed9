namespace Bluehelm.Modules.Incidents.Import;

/// <summary>
/// Reads one event file format (UCDP GED CSV or GeoJSON, ACLED in any of its three schemas, HXL) into
/// <see cref="ConflictEvent"/> rows, without touching the database: the importer (<c>EventImporter</c>)
/// stores them. A reader never throws on a bad row: it reports the row, column and problem to
/// <see cref="ImportProblems"/> and goes on, so one run names every bad row of the file.
/// </summary>
internal interface IEventFileReader
{
    /// <summary>The format's name on the command line and the upload page (<c>ged</c>, <c>acled</c>, <c>hxl</c>).</summary>
    string Format { get; }

    EventSource Source { get; }

    /// <summary>
    /// The file's events in file order. Each row has <see cref="ConflictEvent.Source"/>,
    /// <see cref="ConflictEvent.Dataset"/>, <see cref="ConflictEvent.DatasetVersion"/> (when the file or
    /// <paramref name="file"/> says it), <see cref="ConflictEvent.SourceId"/>,
    /// <see cref="ConflictEvent.RowNumber"/> and every field the source gives, including
    /// <see cref="ConflictEvent.PrioGridGid"/> and the threat mapping; <see cref="ConflictEvent.Id"/>,
    /// <see cref="ConflictEvent.ImportId"/> and <see cref="ConflictEvent.ContentHash"/> are the importer's.
    /// A structural problem (not this format, a missing required column, a truncated file) is
    /// reported as a problem on row 0 or the row where it was found, and reading stops.
    /// </summary>
    IAsyncEnumerable<ConflictEvent> ReadAsync(Stream stream, EventFile file, ImportProblems problems, CancellationToken ct);
}
