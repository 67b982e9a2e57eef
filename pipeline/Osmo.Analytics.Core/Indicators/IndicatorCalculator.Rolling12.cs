using Osmo.Analytics.Reference;

namespace Osmo.Analytics.Indicators;

// Reference figures per window: the window bits themselves (and why r12 follows from the months) are in WindowCalendar.
public static partial class IndicatorCalculator
{
    /// <summary>Target-group cells with a need estimate are written out even without clients (reach 0 is news).</summary>
    private static void MarkNeedCells(ReferenceData reference, IndicatorAccumulator acc)
    {
        var layout = acc.Layout;
        Span<int> cells = stackalloc int[CellLayout.MaxCellsPerRecord];
        foreach (var need in reference.Needs)
        {
            var mi = layout.MunicipalityIndex(need.MunicipalityCode);
            var ti = layout.TargetGroupIndex(need.TargetGroup);
            if (mi >= 0 && ti >= 0)
            {
                foreach (var cell in cells[..layout.TargetGroupCellsOf(mi, ti, cells)])
                {
                    acc.Touched[cell] = true;
                }
            }
        }
    }

    /// <summary>people_in_need per cell and window: the estimate of the window end's year, else the latest earlier
    /// year, per municipality x target group; summed over groups and municipalities for the other levels.
    /// Windows ending in the same year share one array (the 24 months span two or three years).</summary>
    private static long[][] NeedByWindow(ReferenceData reference, IndicatorAccumulator acc)
    {
        var layout = acc.Layout;
        var byYear = new Dictionary<int, long[]>();
        var result = new long[WindowCalendar.Count][];
        for (var window = 0; window < WindowCalendar.Count; window++)
        {
            var year = acc.Windows.EndYear(window);
            if (!byYear.TryGetValue(year, out var cells))
            {
                cells = NeedForYear(reference, layout, year);
                byYear[year] = cells;
            }

            result[window] = cells;
        }

        return result;
    }

    private static long[] NeedForYear(ReferenceData reference, CellLayout layout, int year)
    {
        var bestYear = new int[layout.M * layout.T];
        var need = new long[layout.M * layout.T];
        Array.Fill(bestYear, int.MinValue);
        foreach (var n in reference.Needs)
        {
            var mi = layout.MunicipalityIndex(n.MunicipalityCode);
            var ti = layout.TargetGroupIndex(n.TargetGroup);
            var at = (mi * layout.T) + ti;
            if (mi >= 0 && ti >= 0 && n.Year <= year && n.Year > bestYear[at])
            {
                bestYear[at] = n.Year;
                need[at] = n.PeopleInNeed;
            }
        }

        var cells = new long[layout.CellCount];
        Span<int> of = stackalloc int[CellLayout.MaxCellsPerRecord];
        for (var mi = 0; mi < layout.M; mi++)
        {
            for (var ti = 0; ti < layout.T; ti++)
            {
                var v = need[(mi * layout.T) + ti];
                foreach (var cell in of[..layout.CellsOf(mi, ti, of)])
                {
                    cells[cell] += v;
                }
            }
        }

        return cells;
    }

    /// <summary>population_18_64 per cell at municipality, county, peer-group and all level (0 for target-group cells).</summary>
    private static long[] PopulationByCell(CellLayout layout)
    {
        var cells = new long[layout.CellCount];
        Span<int> of = stackalloc int[CellLayout.MaxCellsPerRecord];
        for (var mi = 0; mi < layout.M; mi++)
        {
            foreach (var cell in of[..layout.CellsOf(mi, -1, of)])
            {
                cells[cell] += layout.Population[mi];
            }
        }

        return cells;
    }
}
