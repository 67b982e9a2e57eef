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

    private const int CaseMaskCount = 5;

    /// <summary>The one pass over the case records, in input order: resolves municipality and target group, interns the
    /// client, adds the case-unit counts, and keeps the per-case client masks (active, experience expert, known level,
    /// level 3-4, coverage denominator) in an int array for the distinct-client pass.</summary>
    private static CaseIndex PrepareCases(IReadOnlyList<ClientCase> cases, Interner clients, IndicatorAccumulator acc, IndicatorOptions options)
    {
        var n = cases.Count;
        var layout = acc.Layout;
        var w = acc.Windows;
        var index = new CaseIndex(new int[n], new int[n], new int[n], new int[n * CaseMaskCount]);
        Span<int> cells = stackalloc int[CellLayout.MaxCellsPerRecord];
        for (var i = 0; i < n; i++)
        {
            var c = cases[i];
            var mi = layout.MunicipalityIndex(c.MunicipalityCode);
            if (mi < 0)
            {
                // Validated input never has an unknown municipality; such a case is skipped, not thrown on.
                index.Client[i] = -1;
                index.TargetGroup[i] = -1;
                continue;
            }

            var ti = layout.TargetGroupIndex(c.TargetGroup);
            index.Municipality[i] = mi;
            index.TargetGroup[i] = ti;
            index.Client[i] = clients.Intern(c.ClientId);
            var cellSpan = cells[..layout.CellsOf(mi, ti, cells)];
            acc.Touch(cellSpan);
            AddCaseCounts(c, cellSpan, acc, options);

            var active = WindowCalendar.Interval(w.MonthIndex(c.OpenedOn), c.ClosedOn is { } closed ? w.MonthIndex(closed) : 23);
            var masks = index.Masks.AsSpan(i * CaseMaskCount, CaseMaskCount);
            masks[0] = active;
            masks[1] = c.ExperienceExpert == true ? active : 0;
            masks[2] = c.ParticipationLevel is not null ? active : 0;
            masks[3] = c.ParticipationLevel >= 3 ? active : 0;
            masks[4] = WindowCalendar.State(w.FirstEndOnOrAfter(c.OpenedOn.AddDays(options.MeterCoverageMinDays)), w.LastEndOnOrBefore(c.ClosedOn));
        }

        return index;
    }

    /// <summary>Distinct clients: cases counting-sorted by client; per client the masks of all its cases are ORed per
    /// cell and flushed once, so a client active in two municipalities of a county adds 1 to the county.</summary>
    private static void AccumulateClients(
        IReadOnlyList<ClientCase> cases, CaseIndex index, int clientCount, Interner meterClients, int[] meterClientFirstMeasured, IndicatorAccumulator acc)
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

            // Meters intern their clients separately (that pass runs beside the case pass): join once per client.
            var meterClient = meterClients.Find(cases[rows[0]].ClientId);
            var firstMeasured = meterClient < 0 ? NoDay : meterClientFirstMeasured[meterClient];
            var measured = firstMeasured == NoDay ? 0 : WindowCalendar.State(w.MonthIndex(firstMeasured), 23);
            foreach (var i in rows)
            {
                index.Masks.AsSpan(i * CaseMaskCount, CaseMaskCount).CopyTo(masks);
                masks[5] = masks[4] & measured;
                scratch.Or(cells[..acc.Layout.CellsOf(index.Municipality[i], index.TargetGroup[i], cells)], masks);
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
            acc.AddPlanDays(cells, w.Event(plan), plan.DayNumber - c.OpenedOn.DayNumber);
        }
    }

    /// <summary>case_id -> row, for the meters' baseline target group (first row wins; ids are unique after validation).</summary>
    private static Dictionary<string, int> IndexCaseIds(IReadOnlyList<ClientCase> cases)
    {
        var rows = new Dictionary<string, int>(cases.Count, StringComparer.Ordinal);
        for (var i = 0; i < cases.Count; i++)
        {
            rows.TryAdd(cases[i].CaseId, i);
        }

        return rows;
    }

    /// <summary>Per case: interned client (-1 = skipped), municipality and target group indices (-1: none), and the
    /// client masks (<see cref="CaseMaskCount"/> per case).</summary>
    private sealed record CaseIndex(int[] Client, int[] Municipality, int[] TargetGroup, int[] Masks);
}
