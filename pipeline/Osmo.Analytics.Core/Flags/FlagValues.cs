using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Flags;

/// <summary>The indicator values the rules read, indexed by cell and indicator, with the 24 month windows and r12
/// side by side; and the published r12 values for quoting.</summary>
/// <remarks>
/// Window index: 0-23 = the trend months (23 = the period month), <see cref="R12"/> = r12 at the period.
/// <see cref="Read"/> at a month m &lt; 23 gives the "r12 as the report of month m would have seen it", rebuilt from
/// the month windows (<see cref="TrailingKind"/>): this is what persistence judges. Only the levels and indicators
/// the rules read are indexed, which keeps the index small at national scale.
/// </remarks>
internal sealed class FlagValues
{
    /// <summary>Index of the r12 window.</summary>
    public const int R12 = IndicatorWindows.TrendMonths;

    /// <summary>Index of the period month.</summary>
    public const int PeriodMonth = IndicatorWindows.TrendMonths - 1;

    private static readonly HashSet<string> Levels =
    [
        IndicatorLevels.Municipality, IndicatorLevels.MunicipalityXTargetGroup, IndicatorLevels.County, IndicatorLevels.CountyXTargetGroup,
    ];

    private readonly Dictionary<(CellKey Cell, string Indicator), IndicatorValue?[]> _values = [];
    private readonly Dictionary<(CellKey Cell, string Indicator), PublishedIndicator> _published = [];
    private readonly SortedSet<(string Municipality, string County)> _municipalities = [];
    private readonly Dictionary<string, SortedSet<(string Municipality, string TargetGroup, string County)>> _targetGroupCells = [];

    public FlagValues(DateOnly period, IndicatorResult result, IReadOnlyList<PublishedIndicator> published, IReadOnlySet<string> indicators)
    {
        Period = new DateOnly(period.Year, period.Month, 1);
        foreach (var v in result.Values)
        {
            if (!indicators.Contains(v.IndicatorId) || !Levels.Contains(v.Level))
            {
                continue;
            }

            var w = WindowIndex(Period, v.Period, v.Window);
            if (w < 0)
            {
                continue;
            }

            var cell = new CellKey(v.Level, v.WellbeingCounty, v.MunicipalityCode, v.TargetGroup);
            if (!_values.TryGetValue((cell, v.IndicatorId), out var slots))
            {
                slots = new IndicatorValue?[R12 + 1];
                _values[(cell, v.IndicatorId)] = slots;
            }

            slots[w] = v;
            if (v.Level == IndicatorLevels.Municipality && v.MunicipalityCode is { } m)
            {
                _municipalities.Add((m, v.WellbeingCounty ?? string.Empty));
            }
            else if (v.Level == IndicatorLevels.MunicipalityXTargetGroup && v.MunicipalityCode is { } mm && v.TargetGroup is { } tg)
            {
                if (!_targetGroupCells.TryGetValue(v.IndicatorId, out var set))
                {
                    set = [];
                    _targetGroupCells[v.IndicatorId] = set;
                }

                set.Add((mm, tg, v.WellbeingCounty ?? string.Empty));
            }
        }

        foreach (var p in published)
        {
            if (p.Window == IndicatorWindows.Rolling12 && p.Period == Period && indicators.Contains(p.IndicatorId) && Levels.Contains(p.Level))
            {
                _published[(new CellKey(p.Level, p.WellbeingCounty, p.MunicipalityCode, p.TargetGroup), p.IndicatorId)] = p;
            }
        }
    }

    /// <summary>First day of the period month.</summary>
    public DateOnly Period { get; }

    /// <summary>First day of trend month <paramref name="w"/> (0-23).</summary>
    public DateOnly MonthOf(int w) => Period.AddMonths(w - PeriodMonth);

    /// <summary>Municipality cells, by municipality code.</summary>
    public IEnumerable<CellKey> MunicipalityCells() =>
        _municipalities.Select(m => new CellKey(IndicatorLevels.Municipality, m.County, m.Municipality, null));

    /// <summary>Municipality x target group cells holding <paramref name="indicator"/>, by municipality and target group.</summary>
    public IEnumerable<CellKey> TargetGroupCells(string indicator) =>
        _targetGroupCells.TryGetValue(indicator, out var set)
            ? set.Select(c => new CellKey(IndicatorLevels.MunicipalityXTargetGroup, c.County, c.Municipality, c.TargetGroup))
            : [];

    /// <summary>Whether the result holds a row for the cell and indicator in window <paramref name="w"/>.</summary>
    public bool Has(CellKey cell, string indicator, int w) => _values.GetValueOrDefault((cell, indicator))?[w] is not null;

    /// <summary>The published r12 value at the period, or null when there is no such row.</summary>
    public PublishedIndicator? Published(CellKey cell, string indicator) => _published.GetValueOrDefault((cell, indicator));

    /// <summary>Reads one cell: r12 at the period (<paramref name="w"/> = <see cref="R12"/>) or the r12 equivalent
    /// ending at trend month <paramref name="w"/>.</summary>
    public Reading Read(CellKey cell, string indicator, int w)
    {
        var slots = _values.GetValueOrDefault((cell, indicator));
        if (w == R12)
        {
            return slots?[R12] is { } v ? From(v) : Reading.Zero;
        }

        var kind = TrailingKind.Of(indicator);
        if (kind == TrailingKind.EndOfWindow)
        {
            return slots?[w] is { } m ? From(m) : Reading.Zero;
        }

        if (w < 11)
        {
            return Reading.Unknown;
        }

        long num = 0, den = 0;
        for (var i = w - 11; i <= w; i++)
        {
            if (slots?[i] is not { } m)
            {
                continue;
            }

            if (kind == TrailingKind.Sum)
            {
                num += m.Numerator ?? 0;
                den += m.Denominator ?? 0;
            }
            else
            {
                // Distinct counts and yes/no facts: the largest month is a lower bound of the 12 months' distinct
                // count, and zero exactly when every month is zero. The denominator is the window end's (need).
                num = Math.Max(num, m.Numerator ?? (long)(m.Value ?? 0));
                den = i == w ? m.Denominator ?? 0 : den;
            }
        }

        return new Reading(true, num, den, ValueOf(indicator, slots, num, den, kind));
    }

    private static double? ValueOf(string indicator, IndicatorValue?[]? slots, long num, long den, int kind)
    {
        var unit = Array.Find(slots ?? [], s => s is not null)?.Unit;
        if (unit == IndicatorUnits.Pct)
        {
            return den == 0 ? null : 100.0 * num / den;
        }

        return kind == TrailingKind.Sum || IndicatorCatalog.Find(indicator)?.Denominator is null ? num : null;
    }

    private static Reading From(IndicatorValue v) =>
        new(true, v.Numerator ?? (long)Math.Round(v.Value ?? 0), v.Denominator ?? 0, v.Value);

    /// <summary>Window index of a row (0-23 months, <see cref="R12"/>), or -1 when it is outside the trend.</summary>
    public static int WindowIndex(DateOnly reportPeriod, DateOnly period, string window)
    {
        if (window == IndicatorWindows.Rolling12)
        {
            return period == reportPeriod ? R12 : -1;
        }

        var back = ((reportPeriod.Year - period.Year) * 12) + reportPeriod.Month - period.Month;
        return back is >= 0 and <= PeriodMonth ? PeriodMonth - back : -1;
    }
}
