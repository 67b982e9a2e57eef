namespace Osmo.Analytics.Indicators;

public static partial class IndicatorCalculator
{
    /// <summary>One <see cref="MeterChange"/> per cell x window x meter domain with at least one change.</summary>
    private static List<MeterChange> EmitMeterChanges(IndicatorAccumulator acc)
    {
        var layout = acc.Layout;
        var domains = acc.Domains;
        var tCache = new Dictionary<long, double>();
        var result = new List<MeterChange>();
        for (var cell = 0; cell < layout.CellCount; cell++)
        {
            var (level, county, muni, tg, peer, _, _, _) = layout.Describe(cell);
            if (muni is null && peer is not null)
            {
                // The meter_changes table has no peer-group column: peer-group rows are for indicators only.
                continue;
            }

            for (var w = 0; w < WindowCalendar.Count; w++)
            {
                for (var d = 0; d < domains.Count; d++)
                {
                    var at = (((cell * WindowCalendar.Count) + w) * domains.Count) + d;
                    long n = acc.ChangeN[at];
                    if (n == 0)
                    {
                        continue;
                    }

                    var mean = acc.ChangeSum[at] / n;
                    double? sd = n < 2 ? null : StandardDeviation(n, mean, acc.ChangeSumSquares[at]);
                    var ci = MeanInterval(n, mean, acc.ChangeSumSquares[at], tCache);
                    long improved = acc.ChangeImproved[at];
                    var improvedCi = ConfidenceIntervals.WilsonPct(improved, n);
                    result.Add(new MeterChange(
                        acc.Windows.PeriodOf(w), WindowCalendar.NameOf(w), level, county, muni, tg,
                        domains[d].Meter, domains[d].Domain, n, mean, sd, ci?.Low, ci?.High,
                        improved, 100.0 * improved / n, improvedCi?.Low, improvedCi?.High));
                }
            }
        }

        return result;
    }
}
