using Osmo.Analytics.Reference;

namespace Osmo.Analytics.Indicators;

// Reference figures per window: the window bits themselves (and why r12 follows from the months) are in WindowCalendar.
public static partial class IndicatorCalculator
{
    /// <summary>Target-group cells with a need estimate are written out even without clients (reach 0 is news).</summary>
    private static void MarkNeedCells(ReferenceData reference, IndicatorAccumulator acc)
    {
        var layout = acc.Layout;
        foreach (var need in reference.Needs)
        {
            var mi = layout.MunicipalityIndex(need.MunicipalityCode);
            var ti = layout.TargetGroupIndex(need.TargetGroup);
            if (mi >= 0 && ti >= 0)
            {
                acc.Touched[layout.MunicipalityXTgCell(mi, ti)] = true;
                acc.Touched[layout.CountyXTgCell(layout.CountyOf[mi], ti)] = true;
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
        for (var mi = 0; mi < layout.M; mi++)
        {
            var ci = layout.CountyOf[mi];
            for (var ti = 0; ti < layout.T; ti++)
            {
                var v = need[(mi * layout.T) + ti];
                cells[layout.MunicipalityXTgCell(mi, ti)] += v;
                cells[layout.MunicipalityCell(mi)] += v;
                cells[layout.CountyXTgCell(ci, ti)] += v;
                cells[layout.CountyCell(ci)] += v;
                cells[layout.AllCell] += v;
            }
        }

        return cells;
    }

    /// <summary>population_18_64 per cell at municipality, county and all level (0 for target-group cells).</summary>
    private static long[] PopulationByCell(CellLayout layout)
    {
        var cells = new long[layout.CellCount];
        for (var mi = 0; mi < layout.M; mi++)
        {
            var p = layout.Population[mi];
            cells[layout.MunicipalityCell(mi)] += p;
            cells[layout.CountyCell(layout.CountyOf[mi])] += p;
            cells[layout.AllCell] += p;
        }

        return cells;
    }
}
