using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Disclosure;

/// <summary>A whole indicator table indexed for secondary suppression: the counts each row publishes and every
/// margin group (a total row with its part rows), both ways (group to rows, row to groups), in flat arrays.</summary>
/// <remarks>
/// A row publishes up to three counts, its <em>components</em>: 0 = the count (a count's numerator, a share's
/// numerator, a mean's n), 1 = a share's denominator, 2 = a share's complement (denominator - numerator). Every
/// component forms the same hierarchy, so one group stands for up to three equations
/// <c>total = sum of parts</c>; suppression is per row, so one suppressed row hides all of its components.
/// A missing part row is taken as a published zero (a group still binds, which can only add suppression); a group
/// without its total row does not exist. Built once in O(rows) with hashed integer keys.
/// </remarks>
internal sealed partial class MarginTable
{
    /// <summary>Components per row.</summary>
    public const int Components = 3;

    private readonly IReadOnlyList<IndicatorValue> _source;
    private readonly MarginLevel[] _levels;

    private MarginTable(
        IReadOnlyList<IndicatorValue> source,
        MarginLevel[] levels,
        long[] values,
        int[] groupTotals,
        MarginKind[] groupKinds,
        int[] partStarts,
        int[] parts,
        int[] rowGroupStarts,
        int[] rowGroups,
        (int[] LinkOf, int[] LinkStarts, int[] LinkRows) links)
    {
        _source = source;
        _levels = levels;
        Values = values;
        GroupTotals = groupTotals;
        GroupKinds = groupKinds;
        PartStarts = partStarts;
        Parts = parts;
        RowGroupStarts = rowGroupStarts;
        RowGroups = rowGroups;
        (LinkOf, LinkStarts, LinkRows) = links;
    }

    /// <summary>Rows of the table (all input values, in input order).</summary>
    public int RowCount => _levels.Length;

    /// <summary>Number of margin groups.</summary>
    public int GroupCount => GroupTotals.Length;

    /// <summary>Component values, <c>row * Components + component</c>; -1 when the row does not publish it
    /// (not that measure, a null count, or a row outside every margin table).</summary>
    public long[] Values { get; }

    /// <summary>The total row of each group.</summary>
    public int[] GroupTotals { get; }

    /// <summary>How each group's parts make its total.</summary>
    public MarginKind[] GroupKinds { get; }

    /// <summary>Start of each group's parts in <see cref="Parts"/>; one more entry than groups.</summary>
    public int[] PartStarts { get; }

    /// <summary>The part rows of all groups, group after group.</summary>
    public int[] Parts { get; }

    /// <summary>Start of each row's groups in <see cref="RowGroups"/>; one more entry than rows.</summary>
    public int[] RowGroupStarts { get; }

    /// <summary>The groups each row belongs to (as a part or as the total), row after row.</summary>
    public int[] RowGroups { get; }

    /// <summary>The link of each row, or -1: rows of one link publish the same count (a count indicator and the
    /// shares whose numerator or denominator it is, at one key) and are suppressed together.</summary>
    public int[] LinkOf { get; }

    /// <summary>Start of each link's rows in <see cref="LinkRows"/>; one more entry than links.</summary>
    public int[] LinkStarts { get; }

    /// <summary>The rows of all links, link after link.</summary>
    public int[] LinkRows { get; }

    /// <summary>The level of a row (<see cref="MarginLevel.None"/> outside every margin table).</summary>
    public MarginLevel Level(int row) => _levels[row];

    /// <summary>The component value, or -1 when not published.</summary>
    public long Value(int row, int component) => Values[(row * Components) + component];

    /// <summary>Whether the row publishes a positive value of the component: only those need protection and only
    /// those protect (a zero is public information).</summary>
    public bool IsPositive(int row, int component) => Values[(row * Components) + component] > 0;

    /// <summary>Whether group <paramref name="group"/> has an equation for the component (its total publishes it).</summary>
    public bool HasEquation(int group, int component) => Values[(GroupTotals[group] * Components) + component] >= 0;

    /// <summary>Deterministic order of two rows of one group for breaking ties: level (finest first), county,
    /// municipality, target group, period, window, indicator; ordinal.</summary>
    public int CompareKeys(int a, int b)
    {
        var x = _source[a];
        var y = _source[b];
        var c = _levels[a].CompareTo(_levels[b]);
        if (c == 0)
        {
            c = string.CompareOrdinal(x.WellbeingCounty, y.WellbeingCounty);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(x.MunicipalityCode, y.MunicipalityCode);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(x.TargetGroup, y.TargetGroup);
        }

        if (c == 0)
        {
            c = x.Period.CompareTo(y.Period);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(x.Window, y.Window);
        }

        return c != 0 ? c : string.CompareOrdinal(x.IndicatorId, y.IndicatorId);
    }

    /// <summary>Reads the components of one row by its measure.</summary>
    private static void ReadComponents(IndicatorValue value, IndicatorMeasure measure, Span<long> components)
    {
        components.Fill(-1);
        switch (measure)
        {
            case IndicatorMeasure.Count:
                components[0] = value.Numerator ?? AsCount(value.Value);
                break;
            case IndicatorMeasure.Share:
                components[0] = value.Numerator ?? -1;
                components[1] = value.Denominator ?? -1;
                if (value.Numerator is { } numerator && value.Denominator is { } denominator)
                {
                    components[2] = Math.Max(0, denominator - numerator);
                }

                break;
            case IndicatorMeasure.Mean:
                components[0] = value.Denominator ?? -1;
                break;
            default:
                break;
        }

        for (var c = 0; c < components.Length; c++)
        {
            // A negative count is not a count: treat it like a missing one.
            components[c] = Math.Max(-1, components[c]);
        }
    }

    private static long AsCount(double? value) =>
        value is { } v && double.IsFinite(v) && v >= 0 && v <= long.MaxValue ? (long)Math.Round(v) : -1;
}
