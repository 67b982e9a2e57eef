using Deedle;

namespace Osmo.Analytics.Indicators;

/// <summary>Deedle frames over <see cref="IndicatorValue"/>s for Excel pivots and reports. Missing and null values are
/// NaN, which Deedle treats as missing. Row and column order is deterministic (codes ordinal, indicators in catalog order).</summary>
public static class IndicatorFrames
{
    /// <summary>r12 values at municipality level: one row per municipality code, one column per indicator id.</summary>
    public static Frame<string, string> MunicipalityR12(IEnumerable<IndicatorValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var rows = new SortedDictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        foreach (var v in values)
        {
            if (v.Window == IndicatorWindows.Rolling12 && v.Level == IndicatorLevels.Municipality && v.MunicipalityCode is { } code)
            {
                if (!rows.TryGetValue(code, out var row))
                {
                    rows[code] = row = new Dictionary<string, double>(StringComparer.Ordinal);
                }

                row[v.IndicatorId] = v.Value ?? double.NaN;
            }
        }

        return Build(rows, CatalogColumns(rows.Values));
    }

    /// <summary>r12 values of one indicator at municipality x target group level: rows municipalities, columns target groups
    /// (the "Kunnat x kohderyhmät" pivot).</summary>
    public static Frame<string, string> MunicipalityByTargetGroupR12(IEnumerable<IndicatorValue> values, string indicatorId)
    {
        ArgumentNullException.ThrowIfNull(values);
        var rows = new SortedDictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        var groups = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var v in values)
        {
            if (v.Window == IndicatorWindows.Rolling12 && v.Level == IndicatorLevels.MunicipalityXTargetGroup && v.IndicatorId == indicatorId
                && v.MunicipalityCode is { } code && v.TargetGroup is { } group)
            {
                if (!rows.TryGetValue(code, out var row))
                {
                    rows[code] = row = new Dictionary<string, double>(StringComparer.Ordinal);
                }

                row[group] = v.Value ?? double.NaN;
                groups.Add(group);
            }
        }

        return Build(rows, [.. groups]);
    }

    /// <summary>The 24-month trend of one cell: rows = period (first day of month, ascending), columns = indicator ids.</summary>
    /// <param name="values">Indicator values of a run.</param>
    /// <param name="level">Level name.</param>
    /// <param name="county">County code (null at <c>all</c> level).</param>
    /// <param name="municipality">Municipality code at municipality levels, else null.</param>
    /// <param name="targetGroup">Target group at target-group levels, else null.</param>
    public static Frame<DateOnly, string> MonthlyTrend(
        IEnumerable<IndicatorValue> values, string level, string? county, string? municipality, string? targetGroup)
    {
        ArgumentNullException.ThrowIfNull(values);
        var rows = new SortedDictionary<DateOnly, Dictionary<string, double>>();
        foreach (var v in values)
        {
            if (v.Window == IndicatorWindows.Month && v.Level == level && v.WellbeingCounty == county
                && v.MunicipalityCode == municipality && v.TargetGroup == targetGroup)
            {
                if (!rows.TryGetValue(v.Period, out var row))
                {
                    rows[v.Period] = row = new Dictionary<string, double>(StringComparer.Ordinal);
                }

                row[v.IndicatorId] = v.Value ?? double.NaN;
            }
        }

        return Build(rows, CatalogColumns(rows.Values));
    }

    /// <summary>The 24-month series of one indicator in one cell (periods ascending; null values missing).</summary>
    public static Series<DateOnly, double> MonthlySeries(
        IEnumerable<IndicatorValue> values, string indicatorId, string level, string? county, string? municipality, string? targetGroup)
    {
        var frame = MonthlyTrend(values, level, county, municipality, targetGroup);
        return frame.ColumnKeys.Contains(indicatorId)
            ? frame.GetColumn<double>(indicatorId)
            : new SeriesBuilder<DateOnly, double>().Series;
    }

    private static List<string> CatalogColumns(IEnumerable<Dictionary<string, double>> rows)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            present.UnionWith(row.Keys);
        }

        var columns = new List<string>();
        foreach (var d in IndicatorCatalog.All)
        {
            if (present.Remove(d.Id))
            {
                columns.Add(d.Id);
            }
        }

        // Ids not in the catalog (none today) go last, in ordinal order.
        columns.AddRange(present.Order(StringComparer.Ordinal));
        return columns;
    }

    private static Frame<TRow, string> Build<TRow>(SortedDictionary<TRow, Dictionary<string, double>> rows, IReadOnlyList<string> columns)
        where TRow : notnull
    {
        var builder = new FrameBuilder.Columns<TRow, string>();
        foreach (var column in columns)
        {
            var series = new SeriesBuilder<TRow, double>();
            foreach (var (key, row) in rows)
            {
                series.Add(key, row.GetValueOrDefault(column, double.NaN));
            }

            builder.Add(column, series.Series);
        }

        return builder.Frame;
    }
}
