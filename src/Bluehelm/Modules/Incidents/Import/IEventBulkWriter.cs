namespace Bluehelm.Modules.Incidents.Import;

/// <summary>
/// Writes one file's events into <c>incidents_events</c> inside the importer's transaction, the
/// provider's fast way: prepared INSERT/UPDATE commands on SQLite, binary COPY and one upsert on
/// PostgreSQL. Rows come with <see cref="ConflictEvent.Id"/>, <see cref="ConflictEvent.ImportId"/>
/// and <see cref="ConflictEvent.ContentHash"/> set; a row matching an existing (source, dataset,
/// source id) updates it when its hash differs.
/// </summary>
internal interface IEventBulkWriter : IAsyncDisposable
{
    ValueTask WriteAsync(ConflictEvent e, CancellationToken ct);

    /// <summary>Finishes the writes (still uncommitted) and says what they did.</summary>
    Task<(int Added, int Updated, int Unchanged)> CompleteAsync(CancellationToken ct);
}
