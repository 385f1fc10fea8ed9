using Bluehelm.IntegrationTests.Alerts;
using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Geo;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Forecasts;

/// <summary>IAlertStatistics (the Alerts module's contract the forecasts read) on alerts raised through the API.</summary>
[Collection(ForecastsCollection.Name)]
public sealed class AlertStatisticsTests(ForecastsApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PerCellMonth_TwoAlertsInOneCellOneElsewhere_CountsPerCellAndMonth()
    {
        var joc = await app.ClientFor(ForecastsApp.Joc);
        foreach (var (lat, lon) in new[] { (6.61, 21.91), (6.63, 21.93), (7.61, 22.91) })
        {
            var response = await joc.PostAsJsonAsync("/api/v1/alerts", AlertsApp.Body("statistiques : alerte", lat: lat, lon: lon), Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        }

        await using var scope = app.Services.CreateAsyncScope();
        var mission = (await scope.ServiceProvider.GetRequiredService<IMissionDirectory>().FindAsync("MINUSCA", Ct))!;
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var counts = await scope.ServiceProvider.GetRequiredService<IAlertStatistics>()
            .PerCellMonthAsync(mission.Id, today.AddDays(-40), today.AddDays(1), Ct);

        counts.ShouldContain(new CellMonthAlerts(PrioGrid.CellOf(6.61, 21.91), now.Year, now.Month, 2));
        counts.ShouldContain(new CellMonthAlerts(PrioGrid.CellOf(7.61, 22.91), now.Year, now.Month, 1));
        (await scope.ServiceProvider.GetRequiredService<IAlertStatistics>().PerCellMonthAsync(mission.Id, today.AddYears(-3), today.AddYears(-2), Ct)).ShouldBeEmpty();
    }
}
