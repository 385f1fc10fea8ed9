namespace Bluehelm.Modules.EarlyWarning.Hotspots.Engine;

/// <summary>One PRIO-GRID cell of a study area: its events in the period, its Gi* z-score and two-sided p-value.</summary>
internal readonly record struct GiCell(int Gid, int Events, double Z, double P)
{
    /// <summary>The class the map colours: hot at 99, 95 or 90 % confidence, cold at 90 % or more, or not significant.</summary>
    internal GiClass Class => Z switch
    {
        >= GetisOrd.Z99 => GiClass.Hot99,
        >= GetisOrd.Z95 => GiClass.Hot95,
        >= GetisOrd.Z90 => GiClass.Hot90,
        <= -GetisOrd.Z90 => GiClass.Cold,
        _ => GiClass.NotSignificant,
    };

    /// <summary>Hot in the sense of the trends: z &gt;= 1.96 (p &lt; 0.05).</summary>
    internal bool IsHot => Z >= GetisOrd.Z95;
}
