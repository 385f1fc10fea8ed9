using System.Globalization;
using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Modules.Conduct.Domain;
using Bluehelm.Modules.Missions.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Conduct.Deadlines;

/// <summary>Live cases written straight through the Conduct context (as the cases part would store them), with references unique to the test.</summary>
internal static class DeadlineSeed
{
    /// <summary>A stand-in for a sealed value: if the board or the trail ever showed a sealed column, this would appear.</summary>
    public const string SealedMarker = "SEALED-NARRATIVE-MUST-NOT-SHOW";

    public static async Task<ConductCase> AddAsync(IServiceProvider services, string mission, CaseStage stage, Action<ConductCase>? shape = null)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<ConductDbContext>();
        var missionId = (await sp.GetRequiredService<IMissionDirectory>().FindAsync(mission, CancellationToken.None))?.Id ?? Guid.CreateVersion7();
        var now = sp.GetRequiredService<TimeProvider>().GetUtcNow();
        var c = new ConductCase
        {
            Reference = "SEA-" + mission + "-T" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..10].ToUpperInvariant(),
            MissionId = missionId,
            MissionCode = mission,
            Source = CaseSource.Live,
            Stage = stage,
            ReportedOn = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-5),
            ReportedYear = now.Year,
            NarrativeSealed = SealedMarker,
            ReporterSealed = SealedMarker,
            CreatedAt = now,
            UpdatedAt = now,
        };
        c.Subjects.Add(new CaseSubject { CaseId = c.Id, Category = PersonnelCategory.MilitaryContingent, NationalityIso2 = "SN", IdentitySealed = SealedMarker });
        c.Victims.Add(new CaseVictim { CaseId = c.Id, IdentitySealed = SealedMarker });
        shape?.Invoke(c);
        db.Add(c);
        await db.SaveChangesAsync();
        return c;
    }

    public static async Task<ConductCase> ReadAsync(IServiceProvider services, Guid id)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ConductDbContext>().Set<ConductCase>().AsNoTracking().SingleAsync(c => c.Id == id);
    }

    public static async Task<List<Bluehelm.Platform.Audit.AuditEntry>> TrailAsync(IServiceProvider services, Func<IQueryable<Bluehelm.Platform.Audit.AuditEntry>, IQueryable<Bluehelm.Platform.Audit.AuditEntry>> where)
    {
        await using var scope = services.CreateAsyncScope();
        return await where(scope.ServiceProvider.GetRequiredService<ConductDbContext>().AuditEntries.AsNoTracking()).ToListAsync();
    }

    public static DateOnly Today(IServiceProvider services) =>
        DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
}
