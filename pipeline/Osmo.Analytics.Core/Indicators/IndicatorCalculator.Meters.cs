using Osmo.Analytics.Model;

namespace Osmo.Analytics.Indicators;

public static partial class IndicatorCalculator
{
    /// <summary>Baselines (a client's earliest measurement with a meter), follow-up loss and changes, from the
    /// measurements grouped by client x meter (counting sort, then a small sort by day within each group).</summary>
    /// <returns>Per meter client (<see cref="MeterMeasurements.Clients"/>), the DayNumber of the earliest measurement of
    /// any meter (<see cref="NoDay"/>: none).</returns>
    private static int[] AccumulateBaselines(
        MeterMeasurements m, IReadOnlyList<MeterScore> rows, CaseIndex cases, Dictionary<string, int> caseRows, IndicatorAccumulator acc, IndicatorOptions options)
    {
        var layout = acc.Layout;
        var meters = m.MeterCount;
        var clientCount = m.Clients.Count;
        var rowDomain = m.RowDomain;
        var firstMeasured = new int[clientCount];
        Array.Fill(firstMeasured, NoDay);
        var rowsByMeasurement = StableGrouping.Build(m.RowMeasurement, m.Count);
        var keys = new int[m.Count];
        for (var id = 0; id < m.Count; id++)
        {
            keys[id] = (m.Client[id] * meters) + m.Meter[id];
        }

        var byClientMeter = StableGrouping.Build(keys, clientCount * meters);
        var order = byClientMeter.Order;
        Span<int> cells = stackalloc int[CellLayout.MaxCellsPerRecord];
        var w = acc.Windows;
        for (var key = 0; key < byClientMeter.KeyCount; key++)
        {
            int from = byClientMeter.Start[key], to = byClientMeter.Start[key + 1];
            if (from == to)
            {
                continue;
            }

            SortByDay(order, from, to, m.Day);
            var baseline = order[from];
            var b = m.Day[baseline];
            var client = m.Client[baseline];
            firstMeasured[client] = Math.Min(firstMeasured[client], b);
            var caseRow = rows[m.FirstRow[baseline]].CaseId is { } caseId ? caseRows.GetValueOrDefault(caseId, -1) : -1;
            var ti = caseRow < 0 ? -1 : cases.TargetGroup[caseRow];
            var cellSpan = cells[..layout.CellsOf(m.Municipality[baseline], ti, cells)];
            acc.Touch(cellSpan);

            // First and all follow-ups: measurements dated >= baseline + follow_up_min_days (sorted, so a suffix).
            var firstFollowUp = from + 1;
            while (firstFollowUp < to && m.Day[order[firstFollowUp]] < b + options.FollowUpMinDays)
            {
                firstFollowUp++;
            }

            var due = WindowCalendar.State(w.MonthIndex(b + options.FollowUpWindowDays), 23);
            var lostUntil = firstFollowUp < to ? w.MonthIndex(m.Day[order[firstFollowUp]]) - 1 : 23;
            acc.Add(CounterSlot.LossDenominator, cellSpan, due);
            acc.Add(CounterSlot.LossNumerator, cellSpan, due & WindowCalendar.State(0, lostUntil));

            for (var k = firstFollowUp; k < to; k++)
            {
                var e = w.MonthIndex(m.Day[order[k]]);
                var next = k + 1 < to ? w.MonthIndex(m.Day[order[k + 1]]) : int.MaxValue;
                // Latest follow-up of its month; the latest one up to the period end also carries r12.
                var mask = e != next ? WindowCalendar.EventAt(e) : 0;
                if (next <= 23)
                {
                    mask &= ~WindowCalendar.R12Bit;
                }

                if (mask != 0)
                {
                    AddChanges(acc, cellSpan, mask, rows, rowsByMeasurement.Rows(baseline), rowsByMeasurement.Rows(order[k]), rowDomain);
                }
            }
        }

        return firstMeasured;
    }

    private static void AddChanges(
        IndicatorAccumulator acc, ReadOnlySpan<int> cells, int mask, IReadOnlyList<MeterScore> rows,
        ReadOnlySpan<int> baselineRows, ReadOnlySpan<int> followUpRows, int[] rowDomain)
    {
        var domains = acc.Domains.Count;
        foreach (var fr in followUpRows)
        {
            var d = rowDomain[fr];
            foreach (var br in baselineRows)
            {
                if (rowDomain[br] != d)
                {
                    continue;
                }

                var change = rows[fr].Score - rows[br].Score;
                if (!acc.Domains[d].HigherIsBetter)
                {
                    change = -change;
                }

                foreach (var cell in cells)
                {
                    for (var bits = mask; bits != 0; bits &= bits - 1)
                    {
                        var at = (((cell * WindowCalendar.Count) + System.Numerics.BitOperations.TrailingZeroCount(bits)) * domains) + d;
                        acc.ChangeN[at]++;
                        acc.ChangeSum[at] += change;
                        acc.ChangeSumSquares[at] += change * change;
                        if (change > 0)
                        {
                            acc.ChangeImproved[at]++;
                        }
                    }
                }

                break;
            }
        }
    }

    /// <summary>Insertion sort of order[from..to) by day, ties kept in first-seen order (groups are small).</summary>
    private static void SortByDay(int[] order, int from, int to, int[] day)
    {
        for (var i = from + 1; i < to; i++)
        {
            var item = order[i];
            var j = i - 1;
            while (j >= from && day[order[j]] > day[item])
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = item;
        }
    }
}
