using Osmo.Analytics.Calendar;
using Osmo.Analytics.Model;

namespace Osmo.Analytics.Indicators;

public static partial class IndicatorCalculator
{
    private const int NoDay = int.MaxValue;

    private static readonly CounterSlot[] ClientSlots =
    [
        CounterSlot.ActiveClients, CounterSlot.ExperienceExpertClients, CounterSlot.LevelKnownClients,
        CounterSlot.Level34Clients, CounterSlot.CoverageDenominator, CounterSlot.CoverageNumerator,
    ];

    /// <summary>Interns client ids and resolves each case's municipality and target group once (-1: skipped).</summary>
    private static CaseIndex IndexCases(IReadOnlyList<ClientCase> cases, CellLayout layout, Interner clients)
    {
        var n = cases.Count;
        var index = new CaseIndex(new int[n], new int[n], new int[n], new Dictionary<string, int>(n, StringComparer.Ordinal));
        for (var i = 0; i < n; i++)
        {
            var c = cases[i];
            var mi = layout.MunicipalityIndex(c.MunicipalityCode);
            index.Municipality[i] = mi;
            index.TargetGroup[i] = layout.TargetGroupIndex(c.TargetGroup);
            // Validated input never has an unknown municipality; such a case is skipped, not thrown on.
            index.Client[i] = mi < 0 ? -1 : clients.Intern(c.ClientId);
            index.ById.TryAdd(c.CaseId, i);
        }

        return index;
    }

    /// <summary>One pass over the cases in client order: case counts go straight to their cells, client masks are
    /// ORed per cell and flushed once per client (distinct clients).</summary>
    private static void AccumulateCases(
        IReadOnlyList<ClientCase> cases, CaseIndex index, int[] clientFirstMeasured, int clientCount, IndicatorAccumulator acc, IndicatorOptions options)
    {
        var w = acc.Windows;
        var byClient = StableGrouping.Build(index.Client, clientCount);
        var scratch = new DistinctScratch(ClientSlots);
        Span<int> cells = stackalloc int[CellLayout.MaxCellsPerRecord];
        Span<int> masks = stackalloc int[ClientSlots.Length];
        for (var client = 0; client < byClient.KeyCount; client++)
        {
            var rows = byClient.Rows(client);
            if (rows.IsEmpty)
            {
                continue;
            }

            var firstMeasured = client < clientFirstMeasured.Length ? clientFirstMeasured[client] : NoDay;
            var measuredMask = firstMeasured == NoDay ? 0 : WindowCalendar.State(w.FirstEndOnOrAfter(DateOnly.FromDayNumber(firstMeasured)), 23);
            foreach (var i in rows)
            {
                var c = cases[i];
                var cellSpan = cells[..acc.Layout.CellsOf(index.Municipality[i], index.TargetGroup[i], cells)];
                acc.Touch(cellSpan);
                AddCaseCounts(c, cellSpan, acc, options);

                var lastOpenEnd = w.LastEndOnOrBefore(c.ClosedOn);
                var active = WindowCalendar.Interval(w.MonthIndex(c.OpenedOn), c.ClosedOn is { } closed ? w.MonthIndex(closed) : 23);
                var coverageDen = WindowCalendar.State(w.FirstEndOnOrAfter(c.OpenedOn.AddDays(options.MeterCoverageMinDays)), lastOpenEnd);
                masks[0] = active;
                masks[1] = c.ExperienceExpert == true ? active : 0;
                masks[2] = c.ParticipationLevel is not null ? active : 0;
                masks[3] = c.ParticipationLevel >= 3 ? active : 0;
                masks[4] = coverageDen;
                masks[5] = coverageDen & measuredMask;
                scratch.Or(cellSpan, masks);
            }

            scratch.Flush(acc);
        }
    }

    /// <summary>Case-unit counters (no distinct counting needed: a case is in each of its cells once).</summary>
    private static void AddCaseCounts(ClientCase c, ReadOnlySpan<int> cells, IndicatorAccumulator acc, IndicatorOptions options)
    {
        var w = acc.Windows;
        var opened = w.Event(c.OpenedOn);
        if (opened != 0)
        {
            acc.Add(CounterSlot.NewCases, cells, opened);
            if (c.FirstContactChannel is "outreach" or "low_threshold")
            {
                acc.Add(CounterSlot.OutreachNewCases, cells, opened);
            }

            if (c.SpecialSupportNeed == true)
            {
                acc.Add(CounterSlot.SpecialNeedNewCases, cells, opened);
                var due = WorkingDays.AddWorkingDays(c.OpenedOn, options.AssessmentStartWorkingDays);
                if (c.AssessmentStartedOn <= due)
                {
                    acc.Add(CounterSlot.SpecialNeedStartedInTime, cells, opened);
                }
            }
        }

        // Cohort of window [s, e] = cases opened in [s - k months, month end of e - k months]: shift the opening month by k.
        var cohort = WindowCalendar.EventAt(w.MonthIndex(c.OpenedOn) + options.AssessmentDoneMonths);
        if (cohort != 0)
        {
            acc.Add(CounterSlot.AssessmentCohort, cells, cohort);
            // AddMonths clamps the day to the month's end (31 Jan + 3 months = 30 Apr).
            if (c.AssessmentCompletedOn <= c.OpenedOn.AddMonths(options.AssessmentDoneMonths))
            {
                acc.Add(CounterSlot.AssessmentDoneInTime, cells, cohort);
            }
        }

        if (c.ClosedOn is { } closedOn)
        {
            var closed = w.Event(closedOn);
            acc.Add(CounterSlot.ClosedCases, cells, closed);
            if (c.ClosureReason is "client_withdrew" or "not_reached")
            {
                acc.Add(CounterSlot.UnplannedClosures, cells, closed);
            }
        }

        if (c.SocialRehabDecidedOn is { } decided)
        {
            acc.Add(CounterSlot.SocialRehabDecisions, cells, w.Event(decided));
        }

        // Open at window end and opened on or before end - plan_min_days.
        var planDen = WindowCalendar.State(w.FirstEndOnOrAfter(c.OpenedOn.AddDays(options.PlanMinDays)), w.LastEndOnOrBefore(c.ClosedOn));
        acc.Add(CounterSlot.PlanDenominator, cells, planDen);
        if (c.ClientPlanOn is { } plan)
        {
            acc.Add(CounterSlot.PlanNumerator, cells, planDen & WindowCalendar.State(w.FirstEndOnOrAfter(plan), 23));
            AddPlanDays(acc, cells, w.Event(plan), plan.DayNumber - c.OpenedOn.DayNumber);
        }
    }

    private static void AddPlanDays(IndicatorAccumulator acc, ReadOnlySpan<int> cells, int mask, int days)
    {
        for (var m = mask; m != 0; m &= m - 1)
        {
            var window = System.Numerics.BitOperations.TrailingZeroCount(m);
            foreach (var cell in cells)
            {
                var at = (cell * WindowCalendar.Count) + window;
                (acc.PlanDays[at] ??= []).Add(days);
            }
        }
    }

    /// <summary>Per case: interned client (-1 = skipped), municipality and target group indices; case id -> row.</summary>
    private sealed record CaseIndex(int[] Client, int[] Municipality, int[] TargetGroup, Dictionary<string, int> ById);
}
