using Bluehelm.Platform.Hosting;
using Bluehelm.Platform.Identity;
using Bluehelm.Platform.Modules;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bluehelm.Platform.Data;

/// <summary>
/// Brings a database up to date on start: migrations, each module's reference data, roles, the
/// first administrator, and (when asked) each module's demo data and one demo user per role.
/// </summary>
public sealed class DatabaseInitializer(IServiceProvider services, ModuleCatalog catalog)
{
    /// <summary>Lines for the console (the generated passwords, shown once); never sent to the logger.</summary>
    public IList<string> ConsoleNotes { get; } = [];

    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BluehelmDbContext>();
        // On a fresh PostgreSQL database EF reads the history table before creating it and logs that
        // read as a failed command (an error line on every first start): create the database if it is
        // missing (as Migrate would), then the history table, then migrate.
        var creator = db.GetService<Microsoft.EntityFrameworkCore.Storage.IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(ct))
        {
            await creator.CreateAsync(ct);
        }

        await db.GetService<Microsoft.EntityFrameworkCore.Migrations.IHistoryRepository>().CreateIfNotExistsAsync(ct);
        await db.Database.MigrateAsync(ct);
    }

    public async Task InitializeAsync(bool? seedDemo = null, CancellationToken ct = default)
    {
        await MigrateAsync(ct);
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;

        // Before anything is sealed: the keys must be those the database was sealed with.
        AddNotes(await sp.GetRequiredService<Sealing.SealingStartup>().RunAsync(ct));
        foreach (var module in catalog.Modules)
        {
            await module.InitializeAsync(sp, ct);
        }

        var userAdmin = sp.GetRequiredService<UserAdmin>();
        await userAdmin.EnsureRolesAsync();
        await EnsureAdminAsync(sp, userAdmin);

        var demo = seedDemo ?? sp.GetRequiredService<IOptions<BluehelmOptions>>().Value.SeedDemo;
        if (demo)
        {
            foreach (var module in catalog.Modules)
            {
                AddNotes(await module.SeedDemoAsync(sp, ct));
            }

            AddNotes(await sp.GetRequiredService<DemoUsers>().SeedAsync(ct));
        }
    }

    private void AddNotes(IEnumerable<string> notes)
    {
        foreach (var note in notes)
        {
            ConsoleNotes.Add(note);
        }
    }

    private async Task EnsureAdminAsync(IServiceProvider sp, UserAdmin userAdmin)
    {
        var config = sp.GetRequiredService<IConfiguration>();
        var users = sp.GetRequiredService<UserManager<BluehelmUser>>();
        if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0)
        {
            return;
        }

        var email = config["BLUEHELM_ADMIN_EMAIL"] is { Length: > 0 } e ? e : "admin@bluehelm.local";
        var password = config["BLUEHELM_ADMIN_PASSWORD"] is { Length: > 0 } p ? p : null;
        var created = await userAdmin.CreateAsync(email, password, Roles.Admin, [], "Administrator");
        ConsoleNotes.Add(created.GeneratedPassword is null
            ? $"Administrator: {email} (password from BLUEHELM_ADMIN_PASSWORD)"
            : $"Administrator: {email}  password: {created.GeneratedPassword}  (shown once; set BLUEHELM_ADMIN_PASSWORD to choose it)");
    }
}
