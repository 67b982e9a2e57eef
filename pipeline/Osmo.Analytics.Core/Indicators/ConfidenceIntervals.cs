namespace Osmo.Analytics.Indicators;

/// <summary>95 % intervals used by the indicators.</summary>
public static class ConfidenceIntervals
{
    /// <summary>Wilson score interval of a share, in percent (0-100); null when the denominator is 0 or the
    /// numerator is outside 0..denominator (e.g. reach above 100 % against a low need estimate).</summary>
    /// <param name="numerator">Successes.</param>
    /// <param name="denominator">Trials.</param>
    /// <param name="z">Normal quantile; default <see cref="StandardNormal.Z975"/>.</param>
    public static (double Low, double High)? WilsonPct(long numerator, long denominator, double z = StandardNormal.Z975)
    {
        if (denominator <= 0 || numerator < 0 || numerator > denominator)
        {
            return null;
        }

        double n = denominator;
        var p = numerator / n;
        var z2 = z * z;
        var divisor = 1 + (z2 / n);
        var centre = (p + (z2 / (2 * n))) / divisor;
        var half = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / divisor;
        // Clamp float noise at the ends (0/n and n/n have exact bounds 0 and 100).
        return (100 * Math.Max(0, centre - half), 100 * Math.Min(1, centre + half));
    }

    /// <summary>Two-sided 95 % t interval of a mean: mean ± t(0.975, n - 1) x sd / √n; null when n &lt; 2.</summary>
    public static (double Low, double High)? MeanT(long n, double mean, double sd)
    {
        if (n < 2)
        {
            return null;
        }

        var half = StudentT.InverseCdf(0.975, n - 1) * sd / Math.Sqrt(n);
        return (mean - half, mean + half);
    }
}
