namespace Bluehelm.Modules.EarlyWarning.Hotspots.Engine;

/// <summary>
/// What DBSCAN is asked: <paramref name="EpsKm"/> on the great circle (inclusive), <paramref name="MinPoints"/>
/// counting the point itself, and an optional time window in days (space-time clusters: neighbours must
/// also be at most that many days apart).
/// </summary>
internal sealed record DbscanParameters(double EpsKm, int MinPoints, int? WindowDays = null)
{
    internal void Validate()
    {
        if (!double.IsFinite(EpsKm) || EpsKm < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(EpsKm), EpsKm, "eps must be a finite distance of zero or more kilometres");
        }

        if (MinPoints < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinPoints), MinPoints, "min points must be at least 1");
        }

        if (WindowDays is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(WindowDays), WindowDays, "the window must be zero or more days");
        }
    }
}
