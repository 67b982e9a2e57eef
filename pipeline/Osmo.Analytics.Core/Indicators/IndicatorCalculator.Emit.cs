namespace Osmo.Analytics.Indicators;

public static partial class IndicatorCalculator
{
    /// <summary>Writes one <see cref="IndicatorValue"/> per cell x window x indicator of the cell's level, in the order
    /// level, level keys, window (months ascending, then r12), catalog order. Target-group cells without any data are left out.</summary>
    private static List<IndicatorValue> EmitValues(IndicatorAccumulator acc, long[][] need)
    {
        var layout = acc.Layout;
        var population = PopulationByCell(layout);
        var participantsKnown = ParticipantsKnown(acc);
        var tCache = new Dictionary<long, double>();
        var byLevel = new Dictionary<string, IndicatorDefinition[]>(StringComparer.Ordinal);
        foreach (var level in IndicatorLevels.Computed)
        {
            byLevel[level] = [.. IndicatorCatalog.All.Where(d => d.Table == "indicators" && d.Levels.Contains(level))];
        }

        var values = new List<IndicatorValue>(layout.CellCount * WindowCalendar.Count * 16);
        for (var cell = 0; cell < layout.CellCount; cell++)
        {
            var (level, county, muni, tg, peer, mi, _, _) = layout.Describe(cell);
            if (tg is not null && !acc.Touched[cell])
            {
                continue;
            }

            var definitions = byLevel[level];
            for (var w = 0; w < WindowCalendar.Count; w++)
            {
                var period = acc.Windows.PeriodOf(w);
                var window = WindowCalendar.NameOf(w);
                var at = (cell * WindowCalendar.Count) + w;
                foreach (var d in definitions)
                {
                    var (num, den, value, ci) = Evaluate(d.Id, acc, cell, w, at, mi, need[w][cell], population[cell], participantsKnown[cell], tCache);
                    values.Add(new IndicatorValue(period, window, level, county, muni, tg, d.Id, num, den, value, ci?.Low, ci?.High, d.Unit) { PeerGroup = peer });
                }
            }
        }

        return values;
    }

    private static (long? Num, long? Den, double? Value, (double Low, double High)? Ci) Evaluate(
        string id, IndicatorAccumulator acc, int cell, int w, int at, int mi, long need, long population, bool participantsKnown,
        Dictionary<long, double> tCache)
    {
        long Get(CounterSlot slot) => acc.Get(slot, cell, w);
        return id switch
        {
            IndicatorIds.ActiveClients => Count(Get(CounterSlot.ActiveClients)),
            IndicatorIds.NewCases => Count(Get(CounterSlot.NewCases)),
            IndicatorIds.ClosedCases => Count(Get(CounterSlot.ClosedCases)),
            IndicatorIds.ClientsPer1000 => Rate(Get(CounterSlot.ActiveClients), population),
            IndicatorIds.ReachPct => Share(Get(CounterSlot.ActiveClients), need),
            IndicatorIds.OutreachFirstContactPct => Share(Get(CounterSlot.OutreachNewCases), Get(CounterSlot.NewCases)),
            IndicatorIds.AssessmentStart7WdPct => Share(Get(CounterSlot.SpecialNeedStartedInTime), Get(CounterSlot.SpecialNeedNewCases)),
            IndicatorIds.AssessmentDone3MPct => Share(Get(CounterSlot.AssessmentDoneInTime), Get(CounterSlot.AssessmentCohort)),
            IndicatorIds.ClientPlanPct => Share(Get(CounterSlot.PlanNumerator), Get(CounterSlot.PlanDenominator)),
            IndicatorIds.DaysToPlanMedian => Median(acc.PlanMedian(at)),
            IndicatorIds.UnplannedClosurePct => Share(Get(CounterSlot.UnplannedClosures), Get(CounterSlot.ClosedCases)),
            IndicatorIds.SocialRehabDecisions => Count(Get(CounterSlot.SocialRehabDecisions)),
            IndicatorIds.SocialRehabDecisionsPer1000 => Rate(Get(CounterSlot.SocialRehabDecisions), population),
            IndicatorIds.ExperienceExpertPct => Share(Get(CounterSlot.ExperienceExpertClients), Get(CounterSlot.ActiveClients)),
            IndicatorIds.Participation3PlusPct => Share(Get(CounterSlot.Level34Clients), Get(CounterSlot.LevelKnownClients)),
            IndicatorIds.MeterCoveragePct => Share(Get(CounterSlot.CoverageNumerator), Get(CounterSlot.CoverageDenominator)),
            IndicatorIds.MeterFollowUpLossPct => Share(Get(CounterSlot.LossNumerator), Get(CounterSlot.LossDenominator)),
            IndicatorIds.GroupsActive => Count(Get(CounterSlot.GroupsActive)),
            IndicatorIds.GroupSessionsHeld => Count(Get(CounterSlot.SessionsHeld)),
            IndicatorIds.GroupSessionsCancelled => Count(Get(CounterSlot.SessionsCancelled)),
            IndicatorIds.SessionsNoParticipants => Count(Get(CounterSlot.SessionsNoParticipants)),
            IndicatorIds.GroupParticipantsDistinct => participantsKnown ? Count(Get(CounterSlot.ParticipantsDistinct)) : (null, null, null, null),
            IndicatorIds.GroupAttendanceMean => Mean(acc.HeadSum[at], acc.HeadSumSquares[at], Get(CounterSlot.SessionsHeld), tCache),
            IndicatorIds.GroupsExperienceExpertPct => Share(Get(CounterSlot.GroupsExperienceExpert), Get(CounterSlot.GroupsActive)),
            IndicatorIds.SessionsLowThresholdPct => Share(Get(CounterSlot.SessionsLowThreshold), Get(CounterSlot.SessionsHeld)),
            IndicatorIds.HasClientPanel => YesNo(acc.ClientPanel[mi], w),
            IndicatorIds.HasDeveloperClients => YesNo(acc.DeveloperClients[mi], w),
            IndicatorIds.UsesExperienceExperts => YesNo(acc.ExperienceExperts[mi], w),
            IndicatorIds.LowThresholdPoints => Count(Get(CounterSlot.Points)),
            IndicatorIds.LowThresholdHours => (null, null, acc.Hours[at], null),
            _ => throw new InvalidOperationException($"No computation for indicator '{id}'."),
        };
    }

    private static (long?, long?, double?, (double, double)?) Count(long n) => (n, null, n, null);

    private static (long?, long?, double?, (double, double)?) Share(long num, long den) =>
        (num, den, den == 0 ? null : 100.0 * num / den, ConfidenceIntervals.WilsonPct(num, den));

    private static (long?, long?, double?, (double, double)?) Rate(long num, long population) =>
        (num, population, population == 0 ? null : 1000.0 * num / population, null);

    private static (long?, long?, double?, (double, double)?) YesNo(int mask, int w) =>
        (null, null, (mask & (1 << w)) != 0 ? 1 : 0, null);

    private static (long?, long?, double?, (double, double)?) Median((double? Median, int N) plans) =>
        (null, plans.N, plans.Median, null);

    private static (long?, long?, double?, (double, double)?) Mean(long sum, double sumSquares, long n, Dictionary<long, double> tCache)
    {
        if (n == 0)
        {
            return (sum, 0, null, null);
        }

        var mean = (double)sum / n;
        return (sum, n, mean, MeanInterval(n, mean, sumSquares, tCache));
    }

    /// <summary>95 % t interval from n, mean and the sum of squares; t quantiles cached per n within one run.</summary>
    private static (double Low, double High)? MeanInterval(long n, double mean, double sumSquares, Dictionary<long, double> tCache)
    {
        if (n < 2)
        {
            return null;
        }

        var sd = StandardDeviation(n, mean, sumSquares);
        if (!tCache.TryGetValue(n, out var t))
        {
            t = StudentT.InverseCdf(0.975, n - 1);
            tCache[n] = t;
        }

        var half = t * sd / Math.Sqrt(n);
        return (mean - half, mean + half);
    }

    private static double StandardDeviation(long n, double mean, double sumSquares) =>
        Math.Sqrt(Math.Max(0, (sumSquares - (n * mean * mean)) / (n - 1)));

    private static bool[] ParticipantsKnown(IndicatorAccumulator acc)
    {
        var layout = acc.Layout;
        var known = new bool[layout.CellCount];
        var countyAny = new bool[layout.C];
        var countyMissing = new bool[layout.C];
        bool allAny = false, allMissing = false;
        for (var mi = 0; mi < layout.M; mi++)
        {
            var has = acc.MunicipalityHasAttendance[mi];
            var ci = layout.CountyOf[mi];
            known[layout.MunicipalityCell(mi)] = has;
            for (var ti = 0; ti < layout.T; ti++)
            {
                known[layout.MunicipalityXTgCell(mi, ti)] = has;
            }

            countyAny[ci] |= has;
            allAny |= has;
            // A municipality with sessions but no attendance would make a higher-level count partial.
            var missing = acc.MunicipalityHasSessions[mi] && !has;
            countyMissing[ci] |= missing;
            allMissing |= missing;
        }

        for (var ci = 0; ci < layout.C; ci++)
        {
            var k = countyAny[ci] && !countyMissing[ci];
            known[layout.CountyCell(ci)] = k;
            for (var ti = 0; ti < layout.T; ti++)
            {
                known[layout.CountyXTgCell(ci, ti)] = k;
            }
        }

        // A peer group, like a county, is known when some member has attendance and none has sessions without it.
        var peerAny = new bool[layout.P];
        var peerMissing = new bool[layout.P];
        for (var mi = 0; mi < layout.M; mi++)
        {
            if (layout.PeerOf[mi] is var pi and >= 0)
            {
                peerAny[pi] |= acc.MunicipalityHasAttendance[mi];
                peerMissing[pi] |= acc.MunicipalityHasSessions[mi] && !acc.MunicipalityHasAttendance[mi];
            }
        }

        for (var pi = 0; pi < layout.P; pi++)
        {
            var k = peerAny[pi] && !peerMissing[pi];
            known[layout.PeerCell(pi)] = k;
            for (var ti = 0; ti < layout.T; ti++)
            {
                known[layout.PeerXTgCell(pi, ti)] = k;
            }
        }

        known[layout.AllCell] = allAny && !allMissing;
        return known;
    }
}
