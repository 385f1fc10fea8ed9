using System.Globalization;
using System.Security.Cryptography;
using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Modules.Conduct.Domain;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Bluehelm.Modules.Conduct.PublicTable;

/// <summary>
/// Imports an edition of the UN's table of allegations: every row a historical case
/// (<see cref="CaseSource.PublicTable"/>), all in one transaction or none. A row already imported as
/// it is (same <see cref="ConductCase.SourceKey"/>, same <see cref="ConductCase.ContentHash"/>) is
/// left alone; one a later edition changed is rewritten (its lists replaced); a new one is added. The
/// missions the table names are added to the mission list first (reference data, kept even when the
/// import is then refused). The audit trail gets one line per kind of change, not one per row.
/// </summary>
internal sealed partial class ImportTable(ConductDbContext db, IMissionDirectory missions, TimeProvider time, ILogger<ImportTable> logger)
{
    /// <summary>The largest file accepted by every channel (the 2024 table is under 100 KB).</summary>
    public const long MaxBytes = 20L * 1024 * 1024;

    public async Task<TableImportReport> ImportAsync(Stream file, string fileName, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var copy = new byte[81920];
        int n;
        while ((n = await file.ReadAsync(copy, ct)) > 0)
        {
            if (buffer.Length + n > MaxBytes)
            {
                return TableImportReport.Refused(fileName, "", "file.too-large");
            }

            buffer.Write(copy, 0, n);
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
        buffer.Position = 0;
        var read = TableReader.Read(buffer);
        if (!read.Ok)
        {
            LogRefused(fileName, read.ProblemCount);
            return TableImportReport.Refused(fileName, sha, read);
        }

        var added = new List<string>();
        var missionIds = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var code in read.Rows.Select(r => r.Mission).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (await missions.FindAsync(code, ct) is null)
            {
                added.Add(code);
            }

            missionIds[code] = (await missions.EnsureAsync(code, ct)).Id;
        }

        try
        {
            var report = await WriteAsync(read.Rows, missionIds, fileName, sha, ct);
            LogImported(fileName, report.Added, report.Updated, report.Unchanged);
            return report with { MissionsAdded = added };
        }
        catch (DbUpdateException ex) when (UniqueKeyViolation.Is(ex))
        {
            // Another import of the table wrote the same references first; nothing of this one was kept.
            return TableImportReport.Refused(fileName, sha, "import.concurrent");
        }
    }

    private async Task<TableImportReport> WriteAsync(IReadOnlyList<TableRow> rows, Dictionary<string, Guid> missionIds, string fileName, string sha, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var import = new ConductImport { FileName = fileName.Length > 260 ? fileName[..260] : fileName, Sha256 = sha, ImportedAt = now, Rows = rows.Count };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var existing = await db.Set<ConductCase>().AsNoTracking()
            .Where(c => c.Source == CaseSource.PublicTable)
            .Select(c => new { c.Id, c.Reference, c.SourceKey, c.ContentHash })
            .ToListAsync(ct);
        var byKey = existing.Where(c => c.SourceKey is not null).GroupBy(c => c.SourceKey!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var numbers = new TableReferences(existing.Select(c => c.Reference));

        var changed = rows.Where(r => byKey.TryGetValue(r.SourceKey, out var c) && !string.Equals(c.ContentHash, r.ContentHash, StringComparison.Ordinal)).ToList();
        var changedIds = changed.Select(r => byKey[r.SourceKey].Id).ToList();
        var tracked = await db.Set<ConductCase>()
            .Where(c => changedIds.Contains(c.Id))
            .Include(c => c.Allegations).Include(c => c.Subjects).Include(c => c.Victims).Include(c => c.Measures).Include(c => c.Actions)
            .AsSplitQuery()
            .ToDictionaryAsync(c => c.Id, ct);
        foreach (var row in changed)
        {
            var c = tracked[byKey[row.SourceKey].Id];
            TableCaseWriter.Fill(c, row, missionIds[row.Mission], import.Id, now);
            c.Version++;
        }

        var fresh = rows.Where(r => !byKey.ContainsKey(r.SourceKey)).ToList();
        foreach (var row in fresh)
        {
            var c = new ConductCase { Reference = numbers.Next(row), MissionCode = row.Mission, CreatedAt = now };
            TableCaseWriter.Fill(c, row, missionIds[row.Mission], import.Id, now);
            db.Add(c);
        }

        import.Added = fresh.Count;
        import.Updated = changed.Count;
        import.Unchanged = rows.Count - fresh.Count - changed.Count;
        db.Add(import);

        db.Audit.BulkOperation = string.Create(CultureInfo.InvariantCulture, $"conduct-table import {import.Id} (sha256 {sha[..12]})");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.Audit.BulkOperation = null;
        }

        await tx.CommitAsync(ct);
        return new TableImportReport(import.FileName, sha, rows.Count, import.Added, import.Updated, import.Unchanged, [], [], 0, import.Id);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Conduct table {FileName} imported: {Added} added, {Updated} updated, {Unchanged} unchanged")]
    private partial void LogImported(string fileName, int added, int updated, int unchanged);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Conduct table {FileName} refused: {Problems} problem(s)")]
    private partial void LogRefused(string fileName, int problems);
}

/// <summary>References of historical cases, <c>UNT-&lt;MISSION&gt;-&lt;YYYY&gt;-&lt;MM&gt;-&lt;NNN&gt;</c>: numbered per mission and month of recording, after the numbers already taken.</summary>
internal sealed class TableReferences(IEnumerable<string> taken)
{
    private readonly Dictionary<string, int> _last = taken
        .Where(r => r.StartsWith("UNT-", StringComparison.Ordinal))
        .GroupBy(r => r[..(r.LastIndexOf('-') + 1)], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Max(r => int.TryParse(r.AsSpan(r.LastIndexOf('-') + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0), StringComparer.Ordinal);

    public static string Prefix(string mission, DateOnly month) =>
        string.Create(CultureInfo.InvariantCulture, $"UNT-{mission}-{month.Year:D4}-{month.Month:D2}-");

    public string Next(TableRow row)
    {
        var prefix = Prefix(row.Mission, row.Reported.On);
        var next = _last[prefix] = _last.GetValueOrDefault(prefix) + 1;
        return prefix + next.ToString("D3", CultureInfo.InvariantCulture);
    }
}
