using Osmo.Analytics.Model;

namespace Osmo.Analytics.Indicators;

public static partial class IndicatorCalculator
{
    /// <summary>Meters in one pass: rows -> measurements (a measurement_id dated by its earliest row), measurements
    /// grouped by client x meter (baseline = earliest), then follow-up loss and changes per baseline.</summary>
    /// <returns>Per interned client, the DayNumber of the earliest measurement of any meter (<see cref="NoDay"/>: none).</returns>
    private static int[] AccumulateMeters(
        IReadOnlyList<MeterScore> rows, CaseIndex cases, Interner clients, IndicatorAccumulator acc, IndicatorOptions options)
    {
        var layout = acc.Layout;
        var domainIndex = new Dictionary<(string, string), int>();
        var meterIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var domainMeter = new int[acc.Domains.Count];
        for (var d = 0; d < acc.Domains.Count; d++)
        {
            var domain = acc.Domains[d];
            domainIndex.TryAdd((domain.Meter, domain.Domain), d);
            meterIndex.TryAdd(domain.Meter, meterIndex.Count);
            domainMeter[d] = meterIndex[domain.Meter];
        }

        var meters = Math.Max(meterIndex.Count, 1);
        var measurementIds = new Interner(rows.Count / 4);
        var m = new Measurements(rows.Count);
        var rowMeasurement = new int[rows.Count];
        var rowDomain = new int[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var d = domainIndex.GetValueOrDefault((row.Meter, row.Domain), -1);
            var mi = layout.MunicipalityIndex(row.MunicipalityCode);
            if (d < 0 || mi < 0)
            {
                rowMeasurement[r] = -1;
                continue;
            }

            var id = measurementIds.Intern(row.MeasurementId);
            rowMeasurement[r] = id;
            rowDomain[r] = d;
            var day = row.MeasuredOn.DayNumber;
            if (id == m.Count)
            {
                m.Add(clients.Intern(row.ClientId), domainMeter[d], day, mi, r);
            }
            else if (day < m.Day[id])
            {
                // Dated by its earliest row; that row also gives the municipality and case.
                m.Day[id] = day;
                m.Municipality[id] = mi;
                m.FirstRow[id] = r;
            }
        }

        var firstMeasured = new int[clients.Count];
        Array.Fill(firstMeasured, NoDay);
        var rowsByMeasurement = StableGrouping.Build(rowMeasurement, m.Count);
        var keys = new int[m.Count];
        for (var id = 0; id < m.Count; id++)
        {
            keys[id] = (m.Client[id] * meters) + m.Meter[id];
        }

        var byClientMeter = StableGrouping.Build(keys, clients.Count * meters);
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
            var caseRow = rows[m.FirstRow[baseline]].CaseId is { } caseId ? cases.ById.GetValueOrDefault(caseId, -1) : -1;
            var ti = caseRow < 0 ? -1 : cases.TargetGroup[caseRow];
            var cellSpan = cells[..layout.CellsOf(m.Municipality[baseline], ti, cells)];
            acc.Touch(cellSpan);

            // First and all follow-ups: measurements dated >= baseline + follow_up_min_days (sorted, so a suffix).
            var firstFollowUp = from + 1;
            while (firstFollowUp < to && m.Day[order[firstFollowUp]] < b + options.FollowUpMinDays)
            {
                firstFollowUp++;
            }

            var due = WindowCalendar.State(w.FirstEndOnOrAfter(DateOnly.FromDayNumber(b + options.FollowUpWindowDays)), 23);
            var lostUntil = firstFollowUp < to ? w.MonthIndex(DateOnly.FromDayNumber(m.Day[order[firstFollowUp]])) - 1 : 23;
            acc.Add(CounterSlot.LossDenominator, cellSpan, due);
            acc.Add(CounterSlot.LossNumerator, cellSpan, due & WindowCalendar.State(0, lostUntil));

            for (var k = firstFollowUp; k < to; k++)
            {
                var e = w.MonthIndex(DateOnly.FromDayNumber(m.Day[order[k]]));
                var next = k + 1 < to ? w.MonthIndex(DateOnly.FromDayNumber(m.Day[order[k + 1]])) : int.MaxValue;
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

    /// <summary>Measurements as parallel arrays (id = interned measurement_id).</summary>
    private sealed class Measurements(int capacity)
    {
        public int Count { get; private set; }

        public int[] Client { get; private set; } = new int[Math.Max(capacity / 4, 16)];

        public int[] Meter { get; private set; } = new int[Math.Max(capacity / 4, 16)];

        public int[] Day { get; private set; } = new int[Math.Max(capacity / 4, 16)];

        public int[] Municipality { get; private set; } = new int[Math.Max(capacity / 4, 16)];

        public int[] FirstRow { get; private set; } = new int[Math.Max(capacity / 4, 16)];

        public void Add(int client, int meter, int day, int municipality, int row)
        {
            if (Count == Client.Length)
            {
                var size = Count * 2;
                Client = Grow(Client, size);
                Meter = Grow(Meter, size);
                Day = Grow(Day, size);
                Municipality = Grow(Municipality, size);
                FirstRow = Grow(FirstRow, size);
            }

            Client[Count] = client;
            Meter[Count] = meter;
            Day[Count] = day;
            Municipality[Count] = municipality;
            FirstRow[Count] = row;
            Count++;
        }

        private static int[] Grow(int[] array, int size)
        {
            Array.Resize(ref array, size);
            return array;
        }
    }
}
