using System.Globalization;
using Bluehelm.Modules.Missions.Import;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Geo;
using Bluehelm.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Bluehelm.Modules.Missions;

/// <summary>
/// The demo: MINUSCA with its real Geo-PKO sites and IPI strength (embedded extracts), its founding
/// mandate, demo units derived from the latest contributors, and one demo user per role. Everything
/// invented is flagged as demo data.
/// </summary>
internal sealed class DemoSeeder(BluehelmDbContext db, GeoPkoImporter importer, UserAdmin userAdmin, IConfiguration config)
{
    public const string DemoMission = "MINUSCA";

    /// <summary>Demo accounts: role, e-mail, scopes, display name.</summary>
    public static IReadOnlyList<(string Role, string Email, string[] Scopes, string Name)> DemoUsers { get; } =
    [
        (Roles.JocOfficer, "joc.minusca@demo.bluehelm.local", ["mission:MINUSCA"], "Amina Yakité (JOC)"),
        (Roles.PocAdviser, "poc.minusca@demo.bluehelm.local", ["mission:MINUSCA"], "Jean-Baptiste Ngaïkoï (POC)"),
        (Roles.Commander, "commander.minusca@demo.bluehelm.local", ["mission:MINUSCA"], "Lt Col. Moussa Diallo"),
        (Roles.ConductOfficer, "conduct.minusca@demo.bluehelm.local", ["mission:MINUSCA"], "Claire Dubois (CDT)"),
        (Roles.VictimsRightsAdvocate, "vra.minusca@demo.bluehelm.local", ["mission:MINUSCA"], "Grace Mbaïkoua (VRA)"),
        (Roles.ForceGeneration, "forcegen@demo.bluehelm.local", [], "Force Generation Service"),
        (Roles.MemberState, "delegation.sn@demo.bluehelm.local", ["state:SN"], "Délégation du Sénégal"),
        (Roles.TrainingOfficer, "training@demo.bluehelm.local", [], "Integrated Training Service"),
    ];

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

    /// <summary>Seeds what is missing; returns console notes (demo passwords). Running it twice changes nothing.</summary>
    public async Task<IReadOnlyList<string>> SeedAsync(CancellationToken ct)
    {
        var notes = new List<string>();
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
        notes.AddRange(await SeedUsersAsync());
        return notes;
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

    private async Task<IReadOnlyList<string>> SeedUsersAsync()
    {
        var missing = new List<(string Role, string Email, string[] Scopes, string Name)>();
        foreach (var u in DemoUsers)
        {
            if (!await db.Users.AnyAsync(x => x.NormalizedEmail == u.Email.ToUpperInvariant()))
            {
                missing.Add(u);
            }
        }

        if (missing.Count == 0)
        {
            return [];
        }

        var configured = config["BLUEHELM_DEMO_PASSWORD"];
        var password = string.IsNullOrEmpty(configured) ? UserAdmin.NewPassword() : configured;
        // The demo commander commands the Rwandan battalion in Bangui (or the first unit there).
        var commandedUnit = await db.Set<Unit>().Where(x => x.Name.EndsWith(" Bangui")).OrderByDescending(x => x.Strength).ThenBy(x => x.Name).Select(x => (Guid?)x.Id).FirstOrDefaultAsync();
        foreach (var u in missing)
        {
            var scopes = u.Role == Roles.Commander && commandedUnit is { } unitId ? [.. u.Scopes, "unit:" + unitId.ToString("N")] : u.Scopes;
            await userAdmin.CreateAsync(u.Email, password, u.Role, scopes, u.Name, isDemo: true);
        }

        var lines = new List<string> { "Demo users (one per role):" };
        lines.AddRange(missing.Select(u => $"  {u.Role,-24} {u.Email}"));
        lines.Add(string.IsNullOrEmpty(configured)
            ? $"  password for every demo user: {password}  (shown once; set BLUEHELM_DEMO_PASSWORD to choose it)"
            : "  password: the value of BLUEHELM_DEMO_PASSWORD");
        return lines;
    }
}
