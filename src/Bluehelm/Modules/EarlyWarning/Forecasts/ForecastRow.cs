using Microsoft.ML.Data;

namespace Bluehelm.Modules.EarlyWarning.Forecasts;

/// <summary>
/// One cell and target month, as ML.NET reads it: the label (at least one event of violence against
/// civilians in the cell that month) and features computed only from months before it.
/// </summary>
internal sealed class ForecastRow
{
    public const int FeatureCount = 20;

    /// <summary>The features' names, in order (docs/forecasts.md explains each).</summary>
    public static readonly string[] FeatureNames =
    [
        "vac_1", "vac_3", "vac_12", "events_1", "events_3", "events_12", "fatalities_12",
        "nb_vac_1", "nb_vac_3", "nb_vac_12", "nb_events_1", "nb_events_3", "nb_events_12", "nb_fatalities_12",
        "months_since_vac", "nb_months_since_vac", "site_km", "alerts_1", "alerts_3", "calendar_month",
    ];

    public bool Label { get; set; }

    [VectorType(FeatureCount)]
    public float[] Features { get; set; } = new float[FeatureCount];

    public int Gid { get; set; }

    /// <summary>The target month (<see cref="Months"/>).</summary>
    public int Month { get; set; }

    /// <summary>Events of violence against civilians in the cell over the 12 months before the target month.</summary>
    [NoColumn]
    public int VacLast12 => (int)Features[2];

    [NoColumn]
    public bool VacLastMonth => Features[0] > 0;

    /// <summary>Great-circle km from the cell centre to the nearest site, or null when the mission has no site.</summary>
    [NoColumn]
    public double? SiteKm => Features[16] >= FeatureTable.NoSiteKm ? null : Features[16];
}
