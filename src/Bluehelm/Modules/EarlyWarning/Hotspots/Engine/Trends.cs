namespace Bluehelm.Modules.EarlyWarning.Hotspots.Engine;

/// <summary>
/// The trend of one cell across K &gt;= 2 consecutive periods of equal length, from its Gi* z-scores
/// z_1 .. z_K (z_K the latest). Hot means z &gt;= 1.96 (p &lt; 0.05, two-sided); "rising" and "falling"
/// are the sign of the least-squares slope of z on the period number 1 .. K. The first rule that holds wins:
/// <list type="number">
/// <item>None: hot in no period.</item>
/// <item>New: hot in period K, in none of 1 .. K-1.</item>
/// <item>Intensifying: hot in period K, hot in some earlier period, slope &gt; 0.</item>
/// <item>Persistent: hot in period K and in more than K/2 periods (slope &lt;= 0).</item>
/// <item>Diminishing: every other cell hot in some period: not hot in period K, or hot in K with z not
/// rising and hot in at most half of the periods.</item>
/// </list>
/// </summary>
internal static class Trends
{
    internal static HotspotTrend Classify(ReadOnlySpan<double> z)
    {
        if (z.Length < 2)
        {
            throw new ArgumentException("a trend needs at least two periods", nameof(z));
        }

        var k = z.Length;
        var hotNow = z[k - 1] >= GetisOrd.Z95;
        var hotBefore = 0;
        for (var i = 0; i < k - 1; i++)
        {
            if (z[i] >= GetisOrd.Z95)
            {
                hotBefore++;
            }
        }

        if (!hotNow && hotBefore == 0)
        {
            return HotspotTrend.None;
        }

        if (hotNow && hotBefore == 0)
        {
            return HotspotTrend.New;
        }

        var slope = Slope(z);
        if (hotNow && slope > 0)
        {
            return HotspotTrend.Intensifying;
        }

        return hotNow && 2 * (hotBefore + 1) > k ? HotspotTrend.Persistent : HotspotTrend.Diminishing;
    }

    /// <summary>Least-squares slope of z on 1 .. K.</summary>
    internal static double Slope(ReadOnlySpan<double> z)
    {
        var mid = (z.Length + 1) / 2.0;
        double mean = 0;
        foreach (var v in z)
        {
            mean += v;
        }

        mean /= z.Length;
        double num = 0, den = 0;
        for (var i = 0; i < z.Length; i++)
        {
            var dx = i + 1 - mid;
            num += dx * (z[i] - mean);
            den += dx * dx;
        }

        return num / den;
    }
}
