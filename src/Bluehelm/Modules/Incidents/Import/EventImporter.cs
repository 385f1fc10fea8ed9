using System.Security.Cryptography;
using System.Threading.Channels;
using Bluehelm.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Bluehelm.Modules.Incidents.Import;

/// <summary>
/// Imports one event file, all or nothing, in one transaction, by the provider's bulk path
/// (<see cref="SqliteEventWriter"/>, <see cref="PostgresEventWriter"/>; asked for by name here, as
/// <c>Platform/Data/README.md</c> asks). The file's SHA-256 identifies it: the same bytes twice add
/// nothing. Rows match earlier editions by (source, dataset, source id) and are counted added,
/// updated or unchanged by their content hash. A file with any problem writes nothing and the
/// report names each bad row and column. Memory stays bounded: rows stream from the reader to the
/// database; only the dataset's known ids (and their hashes, on SQLite) are held.
/// </summary>
internal sealed class EventImporter(BluehelmDbContext db, TimeProvider time)
{
    public async Task<ImportReport> ImportAsync(IEventFileReader reader, Stream stream, EventFile file, string importedBy, CancellationToken ct)
    {
        string? sha = null;
        if (stream.CanSeek)
        {
            // A file on disk (the command line, an upload spooled by the server): hash it first, so a
            // file seen before is answered at once without reading its rows.
            var start = stream.Position;
            sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
            stream.Position = start;
            if (await EarlierAsync(sha, ct) is { } earlier)
            {
                return Already(earlier, reader, file);
            }
        }

        await using var hashing = new HashingStream(stream);
        var problems = new ImportProblems();
        var importId = Guid.CreateVersion7();
        var hasher = new EventContentHash();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? dataset = null;
        string? version = file.DatasetVersion;
        var rows = 0;

        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var (added, updated, unchanged) = (0, 0, 0);
            await using (var writer = WriterFor(transaction))
            {
                // Two threads: one reads, checks, maps and hashes rows; this one writes them to the
                // database. A bounded channel between them keeps memory flat. Only the reading side
                // adds problems; this side reads their count, and checks it again once reading is done.
                var channel = Channel.CreateBounded<ConflictEvent>(new BoundedChannelOptions(4096) { SingleReader = true, SingleWriter = true });
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
                var reading = Task.Run(
                    async () =>
                    {
                        try
                        {
                            await foreach (var e in reader.ReadAsync(hashing, file, problems, stop.Token))
                            {
                                rows++;
                                if (!seen.Add(e.SourceId))
                                {
                                    problems.Add(new ImportProblem(e.RowNumber ?? rows, "", "id.duplicate", e.SourceId));
                                }

                                dataset ??= e.Dataset;
                                version ??= e.DatasetVersion;
                                if (problems.Count > 0)
                                {
                                    // The file will not be imported: read on only to name every bad row.
                                    continue;
                                }

                                e.ImportId = importId;
                                e.ContentHash = hasher.Of(e);
                                await channel.Writer.WriteAsync(e, stop.Token);
                            }

                            channel.Writer.Complete();
                        }
                        catch (Exception e)
                        {
                            channel.Writer.Complete(e);
                            throw;
                        }
                    },
                    stop.Token);
                try
                {
                    await foreach (var e in channel.Reader.ReadAllAsync(stop.Token))
                    {
                        if (problems.Count == 0)
                        {
                            await writer.WriteAsync(e, stop.Token);
                        }
                    }
                }
                catch
                {
                    // The writing side failed: stop the reading side too before the error goes up.
                    await stop.CancelAsync();
                    try
                    {
                        await reading;
                    }
                    catch (Exception) when (stop.IsCancellationRequested)
                    {
                    }

                    throw;
                }

                await reading;
                if (problems.Count == 0)
                {
                    (added, updated, unchanged) = await writer.CompleteAsync(ct);
                }
            }

            await hashing.DrainAsync(ct);
            sha ??= hashing.Sha256Hex();
            var rowsSeen = Math.Max(rows, problems.First.Count == 0 ? 0 : problems.First.Max(p => p.Row));
            if (problems.Count > 0)
            {
                await transaction.RollbackAsync(ct);
                return new ImportReport(ImportOutcome.Rejected, reader.Format, file.FileName, sha, hashing.BytesRead, dataset, version, rowsSeen, 0, 0, 0, null, null, problems.First, problems.Count);
            }

            if (await EarlierAsync(sha, ct) is { } earlier)
            {
                // Read from a stream that could not be hashed first (an upload streamed as it arrives).
                await transaction.RollbackAsync(ct);
                return Already(earlier, reader, file);
            }

            var import = new EventImport
            {
                Id = importId,
                Source = reader.Source,
                Format = reader.Format,
                Dataset = dataset ?? file.DatasetName ?? "",
                DatasetVersion = version,
                FileName = file.FileName.Length <= 260 ? file.FileName : file.FileName[..260],
                Sha256 = sha,
                Bytes = hashing.BytesRead,
                Rows = rows,
                Added = added,
                Updated = updated,
                Unchanged = unchanged,
                ImportedAt = time.GetUtcNow(),
                ImportedBy = importedBy,
            };
            db.Add(import);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new ImportReport(ImportOutcome.Imported, reader.Format, file.FileName, sha, import.Bytes, import.Dataset, version, rows, added, updated, unchanged, importId, import.ImportedAt, [], 0);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private IEventBulkWriter WriterFor(IDbContextTransaction transaction) => transaction.GetDbTransaction() switch
    {
        SqliteTransaction sqlite => new SqliteEventWriter((SqliteConnection)db.Database.GetDbConnection(), sqlite),
        NpgsqlTransaction postgres => new PostgresEventWriter((NpgsqlConnection)db.Database.GetDbConnection(), postgres),
        var other => throw new InvalidOperationException("No bulk event writer for " + other.GetType().Name),
    };

    private Task<EventImport?> EarlierAsync(string sha, CancellationToken ct) =>
        db.Set<EventImport>().AsNoTracking().Where(i => i.Sha256 == sha).OrderBy(i => i.ImportedAt).FirstOrDefaultAsync(ct);

    private static ImportReport Already(EventImport earlier, IEventFileReader reader, EventFile file) =>
        new(ImportOutcome.AlreadyImported, reader.Format, file.FileName, earlier.Sha256, earlier.Bytes, earlier.Dataset, earlier.DatasetVersion,
            earlier.Rows, 0, 0, 0, earlier.Id, earlier.ImportedAt, [], 0);
}
