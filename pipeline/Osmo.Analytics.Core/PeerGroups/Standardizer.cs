namespace Osmo.Analytics.PeerGroups;

/// <summary>Column standardisation of a small dense matrix (rows = municipalities).</summary>
internal static class Standardizer
{
    /// <summary>z = (x - mean) / sd with the population sd; a constant column becomes 0.</summary>
    public static double[][] MeanSd(double[][] rows)
    {
        var d = rows.Length == 0 ? 0 : rows[0].Length;
        var z = rows.Select(r => new double[d]).ToArray();
        for (var j = 0; j < d; j++)
        {
            var mean = rows.Average(r => r[j]);
            var sd = Math.Sqrt(rows.Average(r => (r[j] - mean) * (r[j] - mean)));
            for (var i = 0; i < rows.Length; i++)
            {
                z[i][j] = sd > 1e-12 ? (rows[i][j] - mean) / sd : 0;
            }
        }

        return z;
    }

    /// <summary>Robust z = (x - median) / (1.4826 MAD) over the observed values of each column (falling back to the
    /// population sd when the MAD is 0, and to 0 when the column is constant); a missing value gets z = 0, i.e. it
    /// is imputed with the column median.</summary>
    public static double[][] Robust(double?[][] rows)
    {
        var d = rows.Length == 0 ? 0 : rows[0].Length;
        var z = rows.Select(r => new double[d]).ToArray();
        for (var j = 0; j < d; j++)
        {
            var observed = rows.Where(r => r[j] is not null).Select(r => r[j]!.Value).ToArray();
            if (observed.Length == 0)
            {
                continue;
            }

            var median = Median(observed);
            var scale = 1.4826 * Median([.. observed.Select(x => Math.Abs(x - median))]);
            if (scale <= 1e-12)
            {
                var mean = observed.Average();
                scale = Math.Sqrt(observed.Average(x => (x - mean) * (x - mean)));
            }

            for (var i = 0; i < rows.Length; i++)
            {
                z[i][j] = rows[i][j] is { } x && scale > 1e-12 ? (x - median) / scale : 0;
            }
        }

        return z;
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
