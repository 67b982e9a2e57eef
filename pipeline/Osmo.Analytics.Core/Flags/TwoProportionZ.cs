namespace Osmo.Analytics.Flags;

/// <summary>The pooled two-proportion z statistic.</summary>
public static class TwoProportionZ
{
    /// <summary>z = (p1 - p2) / sqrt(p (1 - p) (1/n1 + 1/n2)) with the pooled p = (x1 + x2) / (n1 + n2); null when a
    /// denominator is zero or the pooled proportion is 0 or 1 (no variance).</summary>
    /// <remarks>SG_UNPLANNED_CLOSURES compares a municipality (x1 of n1) with its whole county (x2 of n2) with the
    /// municipality included, as spec/indicators.md says: the overlap makes the test conservative.</remarks>
    public static double? Compute(long x1, long n1, long x2, long n2)
    {
        if (n1 <= 0 || n2 <= 0)
        {
            return null;
        }

        var p = (double)(x1 + x2) / (n1 + n2);
        var variance = p * (1 - p) * ((1.0 / n1) + (1.0 / n2));
        return variance <= 0 ? null : (((double)x1 / n1) - ((double)x2 / n2)) / Math.Sqrt(variance);
    }
}
