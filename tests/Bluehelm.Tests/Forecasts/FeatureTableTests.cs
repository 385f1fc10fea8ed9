using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Modules.EarlyWarning.Forecasts;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Geo;
using static Bluehelm.Tests.Forecasts.ForecastHistory;

namespace Bluehelm.Tests.Forecasts;

public sealed class FeatureTableTests
{
    private static List<Modules.Incidents.Contracts.EventPoint> History() =>
    [
        Event(Cell, 2018, 1, againstCivilians: false),
        Event(Cell, 2019, 3, againstCivilians: true, fatalities: 5),
        Event(Cell, 2019, 5, againstCivilians: true),
        Event(Cell, 2019, 5, againstCivilians: false, fatalities: 1),
        Event(East, 2019, 4, againstCivilians: true, fatalities: 3),
        Event(East, 2020, 2, againstCivilians: true),
    ];

    [Fact]
    public void Row_EventMovedIntoTargetMonth_ChangesTheTargetAndNoFeature()
    {
        var target = Months.Of(2019, 6);
        var before = FeatureTable.Build(Input(History())).Row(Cell, target);

        // The February 2020 event of the neighbour moves into the cell in the target month.
        var moved = History();
        moved[^1] = Event(Cell, 2019, 6, againstCivilians: true);
        var after = FeatureTable.Build(Input(moved)).Row(Cell, target);

        before.Label.ShouldBeFalse();
        after.Label.ShouldBeTrue();
        after.Features.ShouldBe(before.Features);
    }

    [Fact]
    public void Row_HandMadeHistory_CountsOnlyThePastWindows()
    {
        var row = FeatureTable.Build(Input(History())).Row(Cell, Months.Of(2019, 6));
        var f = row.Features;
        f[0].ShouldBe(1); // VAC in May 2019
        f[1].ShouldBe(2); // VAC in March..May
        f[2].ShouldBe(2); // VAC in June 2018..May 2019
        f[3].ShouldBe(2); // all events in May
        f[4].ShouldBe(3);
        f[5].ShouldBe(3); // January 2018 is more than 12 months back
        f[6].ShouldBe(8); // fatalities 5 + 2 + 1
        f[7].ShouldBe(0); // neighbours' VAC in May
        f[8].ShouldBe(1); // East in April
        f[14].ShouldBe(1); // last VAC one month before
        f[15].ShouldBe(1);
        f[19].ShouldBe(6);
    }

    [Fact]
    public void Row_NoEventEver_CapsMonthsSince()
    {
        var table = FeatureTable.Build(Input(History(), cells: [Cell, East, Cell + 10]));
        var row = table.Row(Cell + 10, Months.Of(2019, 6));
        row.Features[14].ShouldBe(FeatureTable.MonthsSinceCap);
        row.Features[15].ShouldBe(FeatureTable.MonthsSinceCap);
        row.Label.ShouldBeFalse();
    }

    [Fact]
    public void Row_Sites_UsesSitesStillInUseThatYearElseAll()
    {
        var (lat, lon) = PrioGrid.CentreOf(Cell);
        SiteRef near = new(Guid.NewGuid(), "near, closed 2018", lat, lon + 0.1, 2018);
        SiteRef far = new(Guid.NewGuid(), "far, open", lat, lon + 2, 2022);
        var table = FeatureTable.Build(Input(History(), sites: [near, far]));

        table.Row(Cell, Months.Of(2018, 6)).SiteKm!.Value.ShouldBe(GeoMath.DistanceKm(lat, lon, lat, lon + 0.1), 0.01);
        table.Row(Cell, Months.Of(2019, 6)).SiteKm!.Value.ShouldBe(GeoMath.DistanceKm(lat, lon, lat, lon + 2), 0.01);
        // After every site closed, all of them count again.
        table.Row(Cell, Months.Of(2023, 1)).SiteKm!.Value.ShouldBe(GeoMath.DistanceKm(lat, lon, lat, lon + 0.1), 0.01);
        FeatureTable.Build(Input(History())).Row(Cell, Months.Of(2019, 6)).SiteKm.ShouldBeNull();
    }

    [Fact]
    public void Row_Alerts_CountLastMonthAndLastThree()
    {
        var alerts = new List<CellMonthAlerts> { new(Cell, 2019, 3, 2), new(Cell, 2019, 5, 1), new(Cell, 2019, 6, 7) };
        var row = FeatureTable.Build(Input(History(), alerts: alerts)).Row(Cell, Months.Of(2019, 6));
        row.Features[17].ShouldBe(1);
        row.Features[18].ShouldBe(3);
    }
}
