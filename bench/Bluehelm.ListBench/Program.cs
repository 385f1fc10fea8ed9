using Bluehelm.Modules.Alerts.Contracts;
using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using Bluehelm.Modules.Alerts;
using Bluehelm.Modules.Missions;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Audit;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Hosting;
using Bluehelm.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// The alert list at 100,000 alerts: first page, deep pages through the keyset cursor, and
// filtered pages, as a JOC officer (one mission) and as an administrator (all missions).
// Usage: dotnet run -c Release --project bench/Bluehelm.ListBench -- [--alerts 100000] [--postgres "Host=...;Database=..."]
var count = 100_000;
string? postgres = null;
for (var i = 0; i < args.Length - 1; i++)
{
    if (args[i] == "--alerts")
    {
        count = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
    }
    else if (args[i] == "--postgres")
    {
        postgres = args[i + 1];
    }
}

var folder = Directory.CreateTempSubdirectory("bluehelm-listbench-").FullName;
var settings = new Dictionary<string, string?>
{
    ["Bluehelm:DataDirectory"] = folder,
    ["Bluehelm:Database:Provider"] = postgres is null ? "sqlite" : "postgres",
    ["Bluehelm:Database:ConnectionString"] = postgres,
    ["BLUEHELM_ADMIN_PASSWORD"] = "Bench-Admin-Pass-1!",
    ["BLUEHELM_DEMO_PASSWORD"] = "Bench-Demo-Pass-1!",
};
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
builder.Configuration.AddInMemoryCollection(settings);
builder.Logging.ClearProviders();
builder.Services.AddBluehelmCore(builder.Configuration, Bluehelm.BluehelmModules.All);
using var host = builder.Build();
await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemo: true);

Guid missionId;
await using (var scope = host.Services.CreateAsyncScope())
{
    var sp = scope.ServiceProvider;
    var db = sp.GetRequiredService<BluehelmDbContext>();
    sp.GetRequiredService<AuditContext>().BulkOperation = "list benchmark seed";
    var mission = await sp.GetRequiredService<IMissionDirectory>().FindAsync("MINUSCA", CancellationToken.None) ?? throw new InvalidOperationException("no demo");
    missionId = mission.Id;
    var intake = sp.GetRequiredService<AlertIntake>();
    var random = new Random(42);
    var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    var seeding = Stopwatch.StartNew();
    for (var done = 0; done < count;)
    {
        await using var tx = await db.Database.BeginTransactionAsync();
        for (var b = 0; b < 5000 && done < count; b++, done++)
        {
            await intake.BuildAsync(
                new NewAlert(
                    mission, start.AddMinutes(done * 5.0 + random.Next(5)), AlertChannel.Sms, 2.5 + (random.NextDouble() * 8), 14.5 + (random.NextDouble() * 13), null,
                    (ThreatType)random.Next(1, 13), (Severity)random.Next(1, 5), random.Next(0, 500), null, null, null, "bench alert " + done.ToString(CultureInfo.InvariantCulture), "fr", null, null),
                new Actor(null, "bench"),
                CancellationToken.None);
        }

        await db.SaveChangesAsync();
        await tx.CommitAsync();
        db.ChangeTracker.Clear();
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Seeded {count:N0} alerts in {seeding.Elapsed.TotalSeconds:F1} s ({(postgres is null ? "SQLite" : "PostgreSQL")})"));
}

var joc = Principal(Roles.JocOfficer, "MINUSCA");
var admin = Principal(Roles.Admin, null);
var now = TimeProvider.System.GetUtcNow();
Console.WriteLine("| query | user | median ms | p95 ms |");
Console.WriteLine("|---|---|---:|---:|");
foreach (var (name, user) in new[] { ("JOC officer (one mission)", joc), ("administrator (all missions)", admin) })
{
    await Measure($"first page (50)", name, (q, _) => q.PageAsync(user, new AlertFilter(), null, 50, now, CancellationToken.None));
    await Measure($"page 200 by cursor", name, async (q, cursor) => await q.PageAsync(user, new AlertFilter(), cursor, 50, now, CancellationToken.None), pagesDeep: 200);
    await Measure($"severity=critical, first page", name, (q, _) => q.PageAsync(user, new AlertFilter(Severity: Severity.Critical), null, 50, now, CancellationToken.None));
    await Measure($"bbox 4-5N 18-19E, first page", name, (q, _) => q.PageAsync(user, new AlertFilter(South: 4, West: 18, North: 5, East: 19), null, 50, now, CancellationToken.None));
    await Measure($"watch board (open alerts)", name, async (q, _) => new AlertPage(await q.BoardAsync(user, null, now, CancellationToken.None), null));
}

Directory.Delete(folder, recursive: true);
return 0;

async Task Measure(string query, string userName, Func<AlertQueries, string?, Task<AlertPage>> run, int pagesDeep = 0)
{
    string? cursor = null;
    if (pagesDeep > 0)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var q = scope.ServiceProvider.GetRequiredService<AlertQueries>();
        for (var p = 0; p < pagesDeep - 1; p++)
        {
            cursor = (await run(q, cursor)).Next;
        }
    }

    var times = new List<double>();
    for (var i = 0; i < 25; i++)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var q = scope.ServiceProvider.GetRequiredService<AlertQueries>();
        var sw = Stopwatch.StartNew();
        var page = await run(q, cursor);
        sw.Stop();
        if (i >= 5)
        {
            times.Add(sw.Elapsed.TotalMilliseconds);
        }

        if (page.Items.Count == 0)
        {
            throw new InvalidOperationException($"{query} returned nothing");
        }
    }

    times.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {query} | {userName} | {times[times.Count / 2]:F1} | {times[(int)(times.Count * 0.95)]:F1} |"));
}

static ClaimsPrincipal Principal(string role, string? mission)
{
    var claims = new List<Claim> { new(ClaimTypes.Role, role), new(ClaimTypes.Name, "bench") };
    if (mission is not null)
    {
        claims.Add(new Claim(BluehelmClaims.Mission, mission));
    }

    return new ClaimsPrincipal(new ClaimsIdentity(claims, "bench", ClaimTypes.Name, ClaimTypes.Role));
}
