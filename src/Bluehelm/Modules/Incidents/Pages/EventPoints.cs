using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Platform.Maps;
using Microsoft.Extensions.Localization;

namespace Bluehelm.Modules.Incidents;

/// <summary>Events as map points: circles whose area grows with the deaths, coloured by threat; the legend that reads them.</summary>
internal static class EventPoints
{
    /// <summary>Deaths the legend shows a circle for.</summary>
    private static readonly int[] LegendSizes = [0, 10, 100];

    /// <summary>Area proportional to deaths (radius by square root), from 3 px for none to 20 px for several hundred.</summary>
    public static double Radius(int fatalities) => Math.Min(20, 3 + (1.2 * Math.Sqrt(Math.Max(0, fatalities))));

    public static MapPoint Point(IStringLocalizer<IncidentsText> text, Guid id, double latitude, double longitude, ThreatType threat, int fatalities) =>
        new(latitude, longitude, text["map.point", text.Label(threat), fatalities], $"/events/{id}", MapSymbol.Event, Priority: -fatalities,
            Radius: Radius(fatalities), Kind: EventNames.Kebab(threat));

    public static IReadOnlyList<MapLegendEntry> Legend(IStringLocalizer<IncidentsText> text, IEnumerable<ThreatType> shown)
    {
        var legend = shown.Distinct().Order().Select(t => new MapLegendEntry(MapSymbol.Event, text.Label(t), Radius: 6, Kind: EventNames.Kebab(t))).ToList();
        legend.AddRange(LegendSizes.Select(n => new MapLegendEntry(MapSymbol.Event, text["map.size", n], Radius: Radius(n), Kind: "size")));
        return legend;
    }
}
