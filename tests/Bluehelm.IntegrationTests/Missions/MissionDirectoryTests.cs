using System.Net.Http.Json;
using Bluehelm.Modules.Missions;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Missions;

public sealed class MissionDirectoryTests(ClockedApp app) : IClassFixture<ClockedApp>
{
    private async Task<MissionRef?> Find(string code)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMissionDirectory>().FindAsync(code, TestContext.Current.CancellationToken);
    }

    /// <summary>Writes as another process would: straight to the database, past this host's cache.</summary>
    private async Task ElsewhereAsync(Func<BluehelmDbContext, Task> change)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<BluehelmDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        await change(db);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task FindAsync_MissionRenamedThroughTheApi_IsSeenAtOnce()
    {
        (await Find("MINUSCA")).ShouldNotBeNull();
        var admin = await app.ClientFor(BluehelmApp.AdminEmail);

        var put = await admin.PutAsJsonAsync("/api/v1/missions/MINUSCA", new { nameEn = "MINUSCA renamed here", nameFr = "MINUSCA renommée ici", workingLanguages = "fr,en", endDate = (string?)null }, TestContext.Current.CancellationToken);

        put.EnsureSuccessStatusCode();
        (await Find("MINUSCA"))!.NameEn.ShouldBe("MINUSCA renamed here");
    }

    [Fact]
    public async Task FindAsync_MissionChangedByAnotherProcess_IsSeenOnceTheCacheIsAMinuteOld()
    {
        var before = (await Find("MINUSCA"))!.NameFr;
        await ElsewhereAsync(async db =>
            (await db.Set<Mission>().SingleAsync(m => m.Code == "MINUSCA", TestContext.Current.CancellationToken)).NameFr = "Renommée par un autre processus");

        (await Find("MINUSCA"))!.NameFr.ShouldBe(before);
        app.Clock.Advance(IMissionDirectory.MaxStaleness + TimeSpan.FromSeconds(1));
        (await Find("MINUSCA"))!.NameFr.ShouldBe("Renommée par un autre processus");
    }

    [Fact]
    public async Task FindAsync_MissionAddedByAnotherProcess_IsFoundAtOnce()
    {
        (await Find("MINUSCA")).ShouldNotBeNull();
        await ElsewhereAsync(db =>
        {
            db.Add(new Mission { Code = "TESTMIS", NameEn = "Test mission", NameFr = "Mission de test" });
            return Task.CompletedTask;
        });

        (await Find("TESTMIS")).ShouldNotBeNull().NameEn.ShouldBe("Test mission");
    }
}
