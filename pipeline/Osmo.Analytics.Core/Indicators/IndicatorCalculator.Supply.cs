using System.Numerics;
using Osmo.Analytics.Reference;

namespace Osmo.Analytics.Indicators;

public static partial class IndicatorCalculator
{
    /// <summary>Participation structures and low-threshold points from the reference data, as state at window end.</summary>
    private static void AccumulateSupply(ReferenceData reference, IndicatorAccumulator acc)
    {
        var layout = acc.Layout;
        foreach (var structure in reference.ParticipationStructures)
        {
            var mi = layout.MunicipalityIndex(structure.MunicipalityCode);
            if (mi < 0)
            {
                continue;
            }

            var mask = ActiveAtEnd(acc.Windows, structure.ActiveFrom, structure.ActiveTo);
            switch (structure.Structure)
            {
                case "client_panel":
                    acc.ClientPanel[mi] |= mask;
                    break;
                case "developer_clients":
                    acc.DeveloperClients[mi] |= mask;
                    break;
                case "experience_experts":
                    acc.ExperienceExperts[mi] |= mask;
                    break;
            }
        }

        var served = new List<int>();
        Span<int> cells = stackalloc int[CellLayout.MaxCellsPerRecord];
        foreach (var point in reference.LowThresholdPoints)
        {
            var mi = layout.MunicipalityIndex(point.MunicipalityCode);
            if (mi < 0)
            {
                continue;
            }

            var mask = ActiveAtEnd(acc.Windows, point.ActiveFrom, point.ActiveTo);
            // Without a target group every point counts once; with one, once per group it serves.
            foreach (var cell in cells[..layout.CellsOf(mi, -1, cells)])
            {
                AddPoint(acc, cell, mask, point.HoursPerWeek);
            }

            served.Clear();
            foreach (var code in point.Serves)
            {
                var ti = layout.TargetGroupIndex(code);
                if (ti >= 0 && !served.Contains(ti))
                {
                    served.Add(ti);
                    foreach (var cell in cells[..layout.TargetGroupCellsOf(mi, ti, cells)])
                    {
                        acc.Touched[cell] = true;
                        AddPoint(acc, cell, mask, point.HoursPerWeek);
                    }
                }
            }
        }
    }

    /// <summary>Active at window end: <c>from &lt;= end</c> and (<c>to</c> empty or <c>&gt;= end</c>).</summary>
    private static int ActiveAtEnd(WindowCalendar w, DateOnly from, DateOnly? to) =>
        WindowCalendar.State(w.FirstEndOnOrAfter(from), w.LastEndOnOrBefore(to));

    private static void AddPoint(IndicatorAccumulator acc, int cell, int mask, double hours)
    {
        acc.Add(CounterSlot.Points, cell, mask);
        for (var bits = mask; bits != 0; bits &= bits - 1)
        {
            acc.Hours[(cell * WindowCalendar.Count) + BitOperations.TrailingZeroCount(bits)] += hours;
        }
    }
}
