using Bluehelm.Platform.Data;
using Bluehelm.Platform.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Bluehelm.Platform.Identity;

/// <summary>
/// One demo user per role (two POC advisers, so one can approve the other's warnings), created after the modules' demo data, so that each module can give them
/// their scopes (<see cref="BluehelmModule.DemoScopesAsync"/>): the demo mission, the commander's unit.
/// </summary>
public sealed class DemoUsers(BluehelmDbContext db, UserAdmin userAdmin, IConfiguration config, ModuleCatalog catalog, IServiceProvider services)
{
    /// <summary>Demo accounts: role, e-mail, scopes of the platform's own (a member state), display name (a person's name: pages add the role, "Amina Yakité (JOC officer)").</summary>
    public static IReadOnlyList<(string Role, string Email, string[] Scopes, string Name)> All { get; } =
    [
        (Roles.JocOfficer, "joc.minusca@demo.bluehelm.local", [], "Amina Yakité"),
        (Roles.PocAdviser, "poc.minusca@demo.bluehelm.local", [], "Jean-Baptiste Ngaïkoï"),
        // A second POC adviser: an early warning is approved by another person than its author.
        (Roles.PocAdviser, "poc2.minusca@demo.bluehelm.local", [], "Aïssatou Koné"),
        (Roles.Commander, "commander.minusca@demo.bluehelm.local", [], "Lt Col. Moussa Diallo"),
        (Roles.ConductOfficer, "conduct.minusca@demo.bluehelm.local", [], "Claire Dubois"),
        (Roles.VictimsRightsAdvocate, "vra.minusca@demo.bluehelm.local", [], "Grace Mbaïkoua"),
        (Roles.ForceGeneration, "forcegen@demo.bluehelm.local", [], "Force Generation Service"),
        (Roles.MemberState, "delegation.sn@demo.bluehelm.local", ["state:SN"], "Délégation du Sénégal"),
        (Roles.TrainingOfficer, "training@demo.bluehelm.local", [], "Integrated Training Service"),
    ];

    /// <summary>Creates the demo users that are missing; returns console notes (the demo password, shown once).</summary>
    public async Task<IReadOnlyList<string>> SeedAsync(CancellationToken ct)
    {
        var missing = new List<(string Role, string Email, string[] Scopes, string Name)>();
        foreach (var u in All)
        {
            var normalized = u.Email.ToUpperInvariant();
            if (!await db.Users.AnyAsync(x => x.NormalizedEmail == normalized, ct))
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
        foreach (var u in missing)
        {
            var scopes = new List<string>(u.Scopes);
            foreach (var module in catalog.Modules)
            {
                scopes.AddRange(await module.DemoScopesAsync(u.Role, services, ct));
            }

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
