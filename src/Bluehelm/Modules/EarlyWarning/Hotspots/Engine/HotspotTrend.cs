namespace Bluehelm.Modules.EarlyWarning.Hotspots.Engine;

/// <summary>How a cell's Gi* has moved across consecutive periods (see <see cref="Trends.Classify"/> for the exact rules).</summary>
internal enum HotspotTrend
{
    /// <summary>Not hot in any period.</summary>
    None,

    /// <summary>Hot in the latest period and in no earlier one.</summary>
    New,

    /// <summary>Hot in the latest period, hot before too, and z rising across the periods.</summary>
    Intensifying,

    /// <summary>Hot in the latest period and in more than half of all periods, z not rising.</summary>
    Persistent,

    /// <summary>Hot in an earlier period, and now either not hot or hot with z falling and in at most half of the periods.</summary>
    Diminishing,
}
