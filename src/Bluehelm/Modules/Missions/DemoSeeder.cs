using System.Globalization;
using Bluehelm.Modules.Missions.Import;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Geo;
using Bluehelm.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Missions;

/// <summary>
/// The demo: MINUSCA with its real Geo-PKO sites and IPI strength (embedded extracts), its founding
/// mandate and demo units derived from the latest contributors. Everything invented is flagged as
/// demo data. The platform creates the demo users; this module gives them their scopes.
/// </summary>
internal sealed class DemoSeeder(BluehelmDbContext db, GeoPkoImporter importer)
{
    public const string DemoMission = "MINUSCA";

    public static GeoPkoFiles EmbeddedFiles()
    {
        var assembly = typeof(DemoSeeder).Assembly;
        ImportFile Resource(string name) => new(name, () =>
            assembly.GetManifestResourceStream("Bluehelm.Modules.Missions.Data." + name) ?? throw new InvalidOperationException("Missing resource " + name));
        return new GeoPkoFiles(
            Resource("minusca-geo-pko-2.3-FrontMap_v.2.3.csv"),
            Resource("minusca-geo-pko-2.3-TCCMap_v.2.3.csv"),
            Resource("minusca-geo-pko-2.3-TTMap_v.2.3.csv"),
            Resource("minusca-ipi-ppp-mission-monthly.csv"));
    }

    /// <summary>Seeds what is missing; running it twice changes nothing. Nothing to print.</summary>
    public async Task<IReadOnlyList<string>> SeedAsync(CancellationToken ct)
    {
        if (!await db.Set<Site>().AnyAsync(s => db.Set<Mission>().Any(m => m.Id == s.MissionId && m.Code == DemoMission), ct))
        {
            await importer.ImportAsync(EmbeddedFiles(), DemoMission, ct);
        }

        var mission = await db.Set<Mission>().Include(m => m.Mandates).SingleAsync(m => m.Code == DemoMission, ct);
        if (mission.Mandates.Count == 0)
        {
            mission.Mandates.Add(new MandateResolution
            {
                MissionId = mission.Id,
                Symbol = "S/RES/2149 (2014)",
                AdoptedOn = new DateOnly(2014, 4, 10),
                PocTasksEn = "Protect the civilian population from threat of physical violence, within its capabilities and areas of deployment, without prejudice to the primary responsibility of the Central African authorities\n" +
                             "Provide specific protection for women and children affected by armed conflict, including through child protection and women protection advisers\n" +
                             "Identify and record threats to and attacks against civilians, including through regular interaction with the civilian population",
                PocTasksFr = "Protéger la population civile contre les menaces de violences physiques, dans les limites de ses capacités et de ses zones de déploiement, sans préjudice de la responsabilité principale des autorités centrafricaines\n" +
                             "Assurer une protection particulière aux femmes et aux enfants touchés par le conflit armé, notamment grâce aux conseillers pour la protection de l'enfance et pour la protection des femmes\n" +
                             "Recenser et consigner les menaces et les attaques contre des civils, notamment par une interaction régulière avec la population civile",
            });
            await db.SaveChangesAsync(ct);
        }

        await SeedUnitsAsync(mission, ct);
        return [];
    }

    private async Task SeedUnitsAsync(Mission mission, CancellationToken ct)
    {
        if (await db.Set<Unit>().AnyAsync(u => u.MissionId == mission.Id, ct))
        {
            return;
        }

        var sites = await db.Set<Site>().Where(s => s.MissionId == mission.Id).Include(s => s.Contributors).ToListAsync(ct);
        foreach (var site in sites)
        {
            var latest = site.Contributors.Where(c => c.MemberStateIso2 != null).Select(c => c.Year).DefaultIfEmpty().Max();
            foreach (var c in site.Contributors.Where(c => c.Year == latest && c.MemberStateIso2 != null && c.Troops > 0).OrderBy(c => c.SourceName, StringComparer.Ordinal))
            {
                var country = Countries.Find(c.MemberStateIso2!);
                var troops = c.Troops!.Value;
                db.Add(new Unit
                {
                    MissionId = mission.Id,
                    SiteId = site.Id,
                    Name = string.Create(CultureInfo.InvariantCulture, $"{country?.Iso3 ?? c.MemberStateIso2} {(troops >= 450 ? "BATT" : "COY")} {site.Name}"),
                    Type = "infantry",
                    ContributingCountryIso2 = c.MemberStateIso2,
                    Strength = troops,
                    // Invented: about the current average share of women in contingents (~7%).
                    Women = (int)Math.Round(troops * 0.07, MidpointRounding.AwayFromZero),
                    Languages = Countries.IsFrancophone(c.MemberStateIso2!) ? "fr" : "en",
                    IsDemo = true,
                });
            }
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Demo users of mission-bound roles work in the demo mission; the demo commander commands the
    /// largest unit in Bangui (the Rwandan battalion in the Geo-PKO data).
    /// </summary>
    public async Task<IReadOnlyList<string>> DemoScopesAsync(string role, CancellationToken ct)
    {
        if (!Roles.MissionScoped.Contains(role))
        {
            return [];
        }

        if (role != Roles.Commander)
        {
            return ["mission:" + DemoMission];
        }

        var unit = await db.Set<Unit>().Where(x => x.Name.EndsWith(" Bangui")).OrderByDescending(x => x.Strength).ThenBy(x => x.Name).Select(x => (Guid?)x.Id).FirstOrDefaultAsync(ct);
        return unit is { } id ? ["mission:" + DemoMission, "unit:" + id.ToString("N")] : ["mission:" + DemoMission];
    }
}
