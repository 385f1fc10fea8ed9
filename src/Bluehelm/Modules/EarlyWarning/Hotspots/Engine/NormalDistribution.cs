namespace Bluehelm.Modules.EarlyWarning.Hotspots.Engine;

/// <summary>
/// Tail probabilities of the standard normal distribution. None of the referenced packages exposes a normal
/// CDF (MathNet is not referenced), so this uses the complementary error function by the Chebyshev fit of
/// Press, Teukolsky, Vetterling &amp; Flannery, <i>Numerical Recipes in C</i>, 2nd ed., §6.2 (<c>erfcc</c>),
/// whose fractional error is below 1.2e-7 everywhere: ample for p-values read against 0.10, 0.05 and 0.01.
/// </summary>
internal static class NormalDistribution
{
    /// <summary>Two-sided p-value of a z-score: P(|Z| &gt;= |z|) = erfc(|z| / √2).</summary>
    internal static double TwoSidedP(double z) => double.IsNaN(z) ? 1 : Math.Min(1, Erfc(Math.Abs(z) / Math.Sqrt(2)));

    /// <summary>Complementary error function.</summary>
    internal static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1 / (1 + (0.5 * z));
        ReadOnlySpan<double> c = [-1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807, -1.13520398, 1.48851587, -0.82215223, 0.17087277];
        var poly = 0.0;
        for (var k = c.Length - 1; k >= 0; k--)
        {
            poly = c[k] + (t * poly);
        }

        var ans = t * Math.Exp((-z * z) + poly);
        return x >= 0 ? ans : 2 - ans;
    }
}
