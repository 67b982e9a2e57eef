namespace Osmo.Analytics.Indicators;

/// <summary>Student's t distribution: CDF and quantile, computed (no lookup table).</summary>
/// <remarks>The CDF uses the regularised incomplete beta function (continued fraction, Lentz's method) with a
/// Lanczos log-gamma; the quantile inverts it by bisection to about 1e-12. Above 1,000 degrees of freedom the
/// Cornish-Fisher expansion around the normal quantile (four terms, error far below 1e-9 there) is used instead,
/// where the beta function would lose digits.</remarks>
public static class StudentT
{
    private const double ExpansionFromDf = 1000;

    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];

    /// <summary>P(T &lt;= t) for <paramref name="df"/> degrees of freedom.</summary>
    public static double Cdf(double t, double df)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(df);
        var x = df / (df + (t * t));
        var tail = 0.5 * RegularizedIncompleteBeta(df / 2, 0.5, x);
        return t >= 0 ? 1 - tail : tail;
    }

    /// <summary>The <paramref name="p"/>-quantile of t with <paramref name="df"/> degrees of freedom,
    /// e.g. <c>InverseCdf(0.975, 4)</c> = 2.7764.</summary>
    /// <param name="p">Probability strictly between 0 and 1.</param>
    /// <param name="df">Degrees of freedom, positive (need not be whole).</param>
    public static double InverseCdf(double p, double df)
    {
        if (!(p > 0 && p < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "p must be strictly between 0 and 1.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(df);
        if (p < 0.5)
        {
            return -InverseCdf(1 - p, df);
        }

        if (p == 0.5)
        {
            return 0;
        }

        if (df >= ExpansionFromDf)
        {
            return CornishFisher(StandardNormal.InverseCdf(p), df);
        }

        double lo = 0, hi = 1;
        while (Cdf(hi, df) < p && hi < 1e12)
        {
            lo = hi;
            hi *= 2;
        }

        for (var i = 0; i < 200 && hi - lo > 1e-13 * hi; i++)
        {
            var mid = 0.5 * (lo + hi);
            if (Cdf(mid, df) < p)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return 0.5 * (lo + hi);
    }

    // Hill (1970) / Abramowitz-Stegun 26.7.5: t = z + g1/v + g2/v^2 + g3/v^3 + g4/v^4.
    private static double CornishFisher(double z, double v)
    {
        var z2 = z * z;
        var g1 = (z2 + 1) * z / 4;
        var g2 = ((5 * z2 + 16) * z2 + 3) * z / 96;
        var g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384;
        var g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z / 92160;
        return z + (g1 / v) + (g2 / (v * v)) + (g3 / (v * v * v)) + (g4 / (v * v * v * v));
    }

    private static double RegularizedIncompleteBeta(double a, double b, double x)
    {
        if (x <= 0)
        {
            return 0;
        }

        if (x >= 1)
        {
            return 1;
        }

        var front = Math.Exp(LogGamma(a + b) - LogGamma(a) - LogGamma(b) + (a * Math.Log(x)) + (b * Math.Log(1 - x)));
        return x < (a + 1) / (a + b + 2)
            ? front * BetaContinuedFraction(a, b, x) / a
            : 1 - (front * BetaContinuedFraction(b, a, 1 - x) / b);
    }

    private static double BetaContinuedFraction(double a, double b, double x)
    {
        const double Tiny = 1e-300;
        double qab = a + b, qap = a + 1, qam = a - 1;
        double c = 1, d = 1 - (qab * x / qap);
        d = 1 / (Math.Abs(d) < Tiny ? Tiny : d);
        var h = d;
        for (var m = 1; m <= 10_000; m++)
        {
            var m2 = 2 * m;
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + (aa * d);
            d = 1 / (Math.Abs(d) < Tiny ? Tiny : d);
            c = 1 + (aa / c);
            c = Math.Abs(c) < Tiny ? Tiny : c;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + (aa * d);
            d = 1 / (Math.Abs(d) < Tiny ? Tiny : d);
            c = 1 + (aa / c);
            c = Math.Abs(c) < Tiny ? Tiny : c;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < 1e-16)
            {
                break;
            }
        }

        return h;
    }

    private static double LogGamma(double x)
    {
        if (x < 0.5)
        {
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x);
        }

        x -= 1;
        var sum = Lanczos[0];
        for (var i = 1; i < Lanczos.Length; i++)
        {
            sum += Lanczos[i] / (x + i);
        }

        var t = x + 7.5;
        return (0.5 * Math.Log(2 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }
}
