using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Missions;

/// <summary>Reads of the Missions module, shared by the API and the pages.</summary>
public sealed class MissionQueries(BluehelmDbContext db)
{
    public async Task<IReadOnlyList<MissionSummary>> ListAsync(CancellationToken ct) =>
        await db.Set<Mission>().AsNoTracking()
            .OrderBy(m => m.EndDate != null).ThenBy(m => m.Code)
            .Select(m => new MissionSummary(m.Code, m.NameEn, m.NameFr, m.HostCountryIso2, m.WorkingLanguages, m.StartDate, m.EndDate, m.Sites.Count))
            .ToListAsync(ct);

    public async Task<MissionDetail?> GetAsync(string code, CancellationToken ct)
    {
        var upper = code.ToUpperInvariant();
        var m = await db.Set<Mission>().AsNoTracking().Include(x => x.Mandates).SingleOrDefaultAsync(x => x.Code == upper, ct);
        if (m is null)
        {
            return null;
        }

        var sites = await db.Set<Site>().AsNoTracking().Where(s => s.MissionId == m.Id)
            .Select(s => new
            {
                s.Id, s.Name, s.Latitude, s.Longitude, s.PrioGridGid, s.FirstYear, s.LastYear,
                Latest = s.Deployments.Where(d => d.Year == s.LastYear).OrderByDescending(d => d.Troops).FirstOrDefault(),
            })
            .ToListAsync(ct);

        return new MissionDetail(
            m.Code, m.NameEn, m.NameFr, m.HostCountryIso2, m.WorkingLanguages, m.StartDate, m.EndDate, m.HeadquartersName, m.HeadquartersLatitude, m.HeadquartersLongitude,
            [.. m.Mandates.OrderBy(x => x.AdoptedOn).Select(x => new MandateDto(x.Symbol, x.AdoptedOn, Lines(x.PocTasksEn), Lines(x.PocTasksFr)))],
            [.. sites.OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => new SiteSummary(s.Id, s.Name, s.Latitude, s.Longitude, s.PrioGridGid, s.FirstYear, s.LastYear, s.Latest?.Troops, s.Latest?.Headquarters ?? 0))]);
    }

    public async Task<SiteDetail?> GetSiteAsync(Guid id, CancellationToken ct)
    {
        var s = await db.Set<Site>().AsNoTracking()
            .Include(x => x.Deployments).Include(x => x.UnitTypes).Include(x => x.Contributors)
            .AsSplitQuery()
            .SingleOrDefaultAsync(x => x.Id == id, ct);
        if (s is null)
        {
            return null;
        }

        var code = await db.Set<Mission>().Where(m => m.Id == s.MissionId).Select(m => m.Code).SingleAsync(ct);
        var units = await db.Set<Unit>().AsNoTracking().Where(u => u.SiteId == id).OrderBy(u => u.Name)
            .Select(u => new UnitDto(u.Id, u.Name, u.Type, u.ContributingCountryIso2, u.Strength, u.Women, u.Languages, u.IsDemo, u.SiteId))
            .ToListAsync(ct);
        var years = s.Deployments.Select(d => d.Year).Concat(s.Contributors.Select(c => c.Year)).Distinct().OrderDescending()
            .Select(y =>
            {
                var biggest = s.Deployments.Where(d => d.Year == y).OrderByDescending(d => d.Troops).FirstOrDefault();
                var types = s.UnitTypes.Where(t => t.Year == y).ToList();
                return new SiteYearDto(
                    y, biggest?.Troops ?? 0, biggest?.Police ?? 0, biggest?.MilitaryObservers ?? 0, biggest?.Headquarters ?? 0,
                    UnitTypeNames(types),
                    [.. s.Contributors.Where(c => c.Year == y).OrderBy(c => c.SourceName, StringComparer.Ordinal).Select(c => new ContributorDto(c.SourceName, c.MemberStateIso2, c.Troops))]);
            })
            .ToList();
        return new SiteDetail(s.Id, code, s.Name, s.Latitude, s.Longitude, s.PrioGridGid, s.FirstYear, s.LastYear, years, units);
    }

    /// <summary>The mission's units; with <paramref name="countryIso2"/>, only those that country contributes.</summary>
    public async Task<IReadOnlyList<UnitDto>> UnitsAsync(string code, string? countryIso2, CancellationToken ct)
    {
        var upper = code.ToUpperInvariant();
        var units = db.Set<Unit>().AsNoTracking()
            .Where(u => db.Set<Mission>().Any(m => m.Id == u.MissionId && m.Code == upper));
        if (countryIso2 is not null)
        {
            var country = countryIso2.ToUpperInvariant();
            units = units.Where(u => u.ContributingCountryIso2 == country);
        }

        return await units
            .OrderBy(u => u.Name)
            .Select(u => new UnitDto(u.Id, u.Name, u.Type, u.ContributingCountryIso2, u.Strength, u.Women, u.Languages, u.IsDemo, u.SiteId))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<StrengthDto>> StrengthAsync(string code, CancellationToken ct)
    {
        var upper = code.ToUpperInvariant();
        return await db.Set<MissionStrength>().AsNoTracking()
            .Where(s => db.Set<Mission>().Any(m => m.Id == s.MissionId && m.Code == upper))
            .OrderBy(s => s.Month)
            .Select(s => new StrengthDto(s.Month, s.Troops, s.Police, s.Observers, s.Total))
            .ToListAsync(ct);
    }

    private static List<string> Lines(string text) => [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static List<string> UnitTypeNames(List<SiteUnitTypes> types)
    {
        var names = new List<string>();
        void Add(string name, Func<SiteUnitTypes, int> count)
        {
            if (types.Any(t => count(t) > 0))
            {
                names.Add(name);
            }
        }

        Add("infantry", t => t.Infantry);
        Add("engineering", t => t.Engineering);
        Add("medical", t => t.Medical);
        Add("signals", t => t.Signals);
        Add("aviation", t => t.Aviation);
        Add("riverine", t => t.Riverine);
        Add("maintenance", t => t.Maintenance);
        Add("transport", t => t.Transport);
        return names;
    }
}
