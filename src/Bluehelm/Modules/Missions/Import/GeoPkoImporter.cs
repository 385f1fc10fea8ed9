using Bluehelm.Platform.Audit;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Geo;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Missions.Import;

/// <summary>
/// Imports Geo-PKO deployment data and IPI strength. Every file is read and checked in full before
/// anything is written; the writes happen in one transaction. A bad file therefore imports nothing
/// and leaves what was there untouched; a re-import of the same files changes nothing.
/// </summary>
internal sealed partial class GeoPkoImporter(BluehelmDbContext db, AuditContext audit, MissionDirectoryCache directoryCache)
{
    public async Task<GeoPkoImportResult> ImportAsync(GeoPkoFiles files, string? missionFilter, CancellationToken ct)
    {
        var filter = string.IsNullOrWhiteSpace(missionFilter) ? null : missionFilter.Trim().ToUpperInvariant();
        var parsed = Parse(files, filter);

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var previous = audit.BulkOperation;
            audit.BulkOperation = "import geo-pko: " + string.Join(", ", parsed.Tables.Select(t => $"{t.FileName} sha256:{t.Sha256[..12]}"));
            try
            {
                var result = await ApplyAsync(parsed, ct);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                directoryCache.Invalidate();
                return result;
            }
            finally
            {
                audit.BulkOperation = previous;
                db.ChangeTracker.Clear();
            }
        });
    }

    private async Task<GeoPkoImportResult> ApplyAsync(Parsed parsed, CancellationToken ct)
    {
        var created = 0;
        var updated = 0;
        var codes = parsed.Sites.Keys.Select(k => k.Mission).Distinct(StringComparer.Ordinal).ToList();
        var missions = await db.Set<Mission>().Where(m => codes.Contains(m.Code)).ToDictionaryAsync(m => m.Code, StringComparer.Ordinal, ct);
        foreach (var code in codes)
        {
            if (missions.ContainsKey(code))
            {
                continue;
            }

            var known = MissionCatalogue.Find(code);
            var host = known?.HostCountryIso2 ?? Countries.FromEnglishName(parsed.HostCountries.GetValueOrDefault(code) ?? "");
            var mission = known?.ToMission() ?? new Mission { Code = code, NameEn = code, NameFr = code, HostCountryIso2 = host };
            db.Add(mission);
            missions[code] = mission;
            created++;
        }

        var missionIds = missions.Values.Select(m => m.Id).ToList();
        var sites = await db.Set<Site>()
            .Where(s => missionIds.Contains(s.MissionId))
            .Include(s => s.Deployments).Include(s => s.UnitTypes).Include(s => s.Contributors)
            .AsSplitQuery()
            .ToListAsync(ct);
        var byKey = sites.ToDictionary(s => new SiteKey(missions.Values.First(m => m.Id == s.MissionId).Code, s.Name));

        foreach (var (key, location) in parsed.Sites)
        {
            if (!byKey.TryGetValue(key, out var site))
            {
                site = new Site { MissionId = missions[key.Mission].Id, Name = key.Location };
                db.Add(site);
                byKey[key] = site;
                created++;
            }

            if (site.Latitude != location.Latitude || site.Longitude != location.Longitude)
            {
                site.MoveTo(location.Latitude, location.Longitude);
            }

            foreach (var year in location.Years)
            {
                site.SeenIn(year);
            }
        }

        foreach (var (key, year, row) in parsed.Deployments)
        {
            var site = byKey[key];
            var existing = site.Deployments.Find(d => d.Year == year && d.Ordinal == row.Ordinal);
            if (existing is null)
            {
                site.Deployments.Add(row);
                created++;
            }
            else if (existing.CopyFrom(row))
            {
                updated++;
            }
        }

        foreach (var (key, year, row) in parsed.UnitTypes)
        {
            var site = byKey[key];
            var existing = site.UnitTypes.Find(d => d.Year == year && d.Ordinal == row.Ordinal);
            if (existing is null)
            {
                site.UnitTypes.Add(row);
                created++;
            }
            else if (existing.CopyFrom(row))
            {
                updated++;
            }
        }

        foreach (var ((key, year, name), troops) in parsed.Contributors)
        {
            var site = byKey[key];
            var iso = Countries.FromEnglishName(name);
            var existing = site.Contributors.Find(c => c.Year == year && string.Equals(c.SourceName, name, StringComparison.Ordinal));
            if (existing is null)
            {
                site.Contributors.Add(new SiteContributor { SiteId = site.Id, Year = year, SourceName = name, MemberStateIso2 = iso, Troops = troops });
                created++;
            }
            else if (existing.Troops != troops || existing.MemberStateIso2 != iso)
            {
                existing.Troops = troops;
                existing.MemberStateIso2 = iso;
                updated++;
            }
        }

        var strengthMissionIds = parsed.Strength.Keys.Select(k => missions.TryGetValue(k.Mission, out var m) ? m.Id : Guid.Empty).Distinct().ToList();
        var strength = await db.Set<MissionStrength>().Where(s => strengthMissionIds.Contains(s.MissionId)).ToDictionaryAsync(s => (s.MissionId, s.Month), ct);
        var strengthCount = 0;
        foreach (var ((code, month), row) in parsed.Strength)
        {
            if (!missions.TryGetValue(code, out var mission))
            {
                continue;
            }

            strengthCount++;
            if (strength.TryGetValue((mission.Id, month), out var existing))
            {
                if (existing.CopyFrom(row))
                {
                    updated++;
                }
            }
            else
            {
                var added = new MissionStrength { MissionId = mission.Id, Month = month };
                added.CopyFrom(row);
                db.Add(added);
                created++;
            }
        }

        foreach (var table in parsed.Tables)
        {
            var source = table.FileName;
            if (!await db.Set<ImportRecord>().AnyAsync(r => r.Sha256 == table.Sha256, ct))
            {
                db.Add(new ImportRecord { Source = "geo-pko", FileName = source, Sha256 = table.Sha256, ImportedAt = audit.Time.GetUtcNow(), Rows = table.Rows.Count });
            }
        }

        return new GeoPkoImportResult(
            missions.Count, parsed.Sites.Count, parsed.Deployments.Count, parsed.UnitTypes.Count, parsed.Contributors.Count, strengthCount, created, updated);
    }
}
