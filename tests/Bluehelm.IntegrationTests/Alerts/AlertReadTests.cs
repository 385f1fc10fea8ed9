using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Alerts;

/// <summary>Reading alerts never blocks a request thread on the database: every command is asynchronous.</summary>
public sealed class AlertReadTests(AlertsApp app) : IClassFixture<AlertsApp>
{
    [Fact]
    public async Task Reads_DetailListBoardAndNotifications_RunNoSynchronousDatabaseCommand()
    {
        var ct = TestContext.Current.CancellationToken;
        var joc = await app.ClientFor(AlertsApp.Joc);
        var poc = await app.ClientFor(AlertsApp.Poc);
        var id = await app.Raise(joc, AlertsApp.Body("lecture sans commande synchrone"));
        var board = await app.PageClientFor(AlertsApp.Joc);

        app.SyncCommands.On = true;
        try
        {
            foreach (var (client, url) in new[]
            {
                (joc, $"/api/v1/alerts/{id}"), (poc, $"/api/v1/alerts/{id}"), (joc, "/api/v1/alerts"), (poc, "/api/v1/alerts?mission=MINUSCA"),
                (joc, "/api/v1/alerts/notifications"), (board, "/alerts/board"), (board, $"/alerts/{id}"),
            })
            {
                (await client.GetAsync(url, ct)).StatusCode.ShouldBe(HttpStatusCode.OK, url);
            }

            // The recorder itself sees a synchronous command of this host: the check can fail.
            using (var scope = app.Services.CreateScope())
            {
                scope.ServiceProvider.GetRequiredService<Bluehelm.Platform.Data.BluehelmDbContext>().Database.ExecuteSqlRaw("SELECT 1");
            }
        }
        finally
        {
            app.SyncCommands.On = false;
        }

        app.SyncCommands.Seen.ShouldBe(["SELECT 1"]);
    }
}
