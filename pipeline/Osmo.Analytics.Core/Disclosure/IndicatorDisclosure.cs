using System.Runtime.InteropServices;
using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Disclosure;

/// <summary>The single choke point between computed indicator values and every output: published outputs take
/// <see cref="PublishedIndicator"/>s from <see cref="Suppress(IReadOnlyList{IndicatorValue}, DisclosureOptions)"/>,
/// the restricted Parquet takes <see cref="RestrictedIndicator"/>s from <see cref="Restrict(IReadOnlyList{IndicatorValue}, DisclosureOptions)"/>.</summary>
/// <remarks>
/// Both work on a whole table (all values of a run) because suppression is not a per-cell decision: the primary rule
/// (<see cref="PrimarySuppression"/>) marks small counts, then the secondary pass (<see cref="SecondarySuppression"/>)
/// marks partners until no suppressed count can be recovered from the published cells and their totals (target
/// groups within a municipality or county, municipalities within a county, counties within all, months within r12
/// for indicators that add up over months). Both outputs follow the same marks. Method and limits: docs/disclosure.md.
/// </remarks>
public static class IndicatorDisclosure
{
    /// <summary>Suppresses a whole table, classifying values with <see cref="IndicatorMeasures.Classify"/>.</summary>
    /// <returns>One published row per input value, in input order.</returns>
    public static IReadOnlyList<PublishedIndicator> Suppress(IReadOnlyList<IndicatorValue> values, DisclosureOptions options) =>
        Suppress(values, options, IndicatorMeasures.Classify);

    /// <summary>Suppresses a whole table with the given classifier (the catalog, once there is one).</summary>
    /// <returns>One published row per input value, in input order.</returns>
    public static IReadOnlyList<PublishedIndicator> Suppress(
        IReadOnlyList<IndicatorValue> values,
        DisclosureOptions options,
        Func<IndicatorValue, IndicatorMeasure> classify) =>
        Suppress(values, options, classify, MonthAdditivity.IsAdditiveOverMonths);

    /// <summary>Suppresses a whole table with the given classifier and month additivity (the catalog, once there is one).</summary>
    /// <param name="values">The whole table: every period, window, level and indicator of the run.</param>
    /// <param name="options">Threshold.</param>
    /// <param name="classify">The measure of a value (<see cref="IndicatorMeasures.Classify"/>).</param>
    /// <param name="isAdditiveOverMonths">Whether an indicator id's r12 counts are the sums of its 12 monthly counts
    /// (<see cref="MonthAdditivity.IsAdditiveOverMonths"/>).</param>
    /// <returns>One published row per input value, in input order.</returns>
    /// <exception cref="ArgumentException">A value is null, or two values share one key (the grain is broken).</exception>
    public static IReadOnlyList<PublishedIndicator> Suppress(
        IReadOnlyList<IndicatorValue> values,
        DisclosureOptions options,
        Func<IndicatorValue, IndicatorMeasure> classify,
        Func<string, bool> isAdditiveOverMonths)
    {
        var suppressed = Decide(values, options, classify, isAdditiveOverMonths);
        var published = new PublishedIndicator[values.Count];
        for (var i = 0; i < published.Length; i++)
        {
            published[i] = new PublishedIndicator(values[i], suppressed[i]);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(published);
    }

    /// <summary>Wraps a whole table for the restricted output, marking what the published output suppresses.</summary>
    /// <returns>One restricted row per input value, in input order.</returns>
    public static IReadOnlyList<RestrictedIndicator> Restrict(IReadOnlyList<IndicatorValue> values, DisclosureOptions options) =>
        Restrict(values, options, IndicatorMeasures.Classify);

    /// <summary>Wraps a whole table for the restricted output with the given classifier.</summary>
    /// <returns>One restricted row per input value, in input order.</returns>
    public static IReadOnlyList<RestrictedIndicator> Restrict(
        IReadOnlyList<IndicatorValue> values,
        DisclosureOptions options,
        Func<IndicatorValue, IndicatorMeasure> classify) =>
        Restrict(values, options, classify, MonthAdditivity.IsAdditiveOverMonths);

    /// <summary>Wraps a whole table for the restricted output with the given classifier and month additivity.</summary>
    /// <returns>One restricted row per input value, in input order; <see cref="RestrictedIndicator.IsSuppressed"/>
    /// equals what <see cref="Suppress(IReadOnlyList{IndicatorValue}, DisclosureOptions, Func{IndicatorValue, IndicatorMeasure}, Func{string, bool})"/>
    /// decides for the same arguments.</returns>
    public static IReadOnlyList<RestrictedIndicator> Restrict(
        IReadOnlyList<IndicatorValue> values,
        DisclosureOptions options,
        Func<IndicatorValue, IndicatorMeasure> classify,
        Func<string, bool> isAdditiveOverMonths)
    {
        var suppressed = Decide(values, options, classify, isAdditiveOverMonths);
        var restricted = new RestrictedIndicator[values.Count];
        for (var i = 0; i < restricted.Length; i++)
        {
            restricted[i] = new RestrictedIndicator(values[i], suppressed[i]);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(restricted);
    }

    /// <summary>The restricted view of a table already suppressed by <see cref="Suppress(IReadOnlyList{IndicatorValue}, DisclosureOptions)"/>:
    /// the same marks, without deciding them a second time.</summary>
    /// <param name="values">The values <paramref name="published"/> was made from, in the same order.</param>
    /// <param name="published">The published rows.</param>
    public static IReadOnlyList<RestrictedIndicator> Restrict(IReadOnlyList<IndicatorValue> values, IReadOnlyList<PublishedIndicator> published)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(published);
        if (values.Count != published.Count)
        {
            throw new ArgumentException("published must be made from values.", nameof(published));
        }

        var restricted = new RestrictedIndicator[values.Count];
        for (var i = 0; i < restricted.Length; i++)
        {
            if (!string.Equals(values[i].IndicatorId, published[i].IndicatorId, StringComparison.Ordinal) || values[i].Period != published[i].Period)
            {
                throw new ArgumentException($"Row {i} of published does not match values.", nameof(published));
            }

            restricted[i] = new RestrictedIndicator(values[i], published[i].IsSuppressed);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(restricted);
    }

    private static bool[] Decide(
        IReadOnlyList<IndicatorValue> values,
        DisclosureOptions options,
        Func<IndicatorValue, IndicatorMeasure> classify,
        Func<string, bool> isAdditiveOverMonths) =>
        Decide(values, options, classify, isAdditiveOverMonths, IndicatorCatalog.CountSourceOf);

    /// <summary>Which cells of a table are suppressed: the primary rule, the secondary pass over every margin (with the
    /// rows that share a count linked), then the peer-group rows.</summary>
    internal static bool[] Decide(
        IReadOnlyList<IndicatorValue> values,
        DisclosureOptions options,
        Func<IndicatorValue, IndicatorMeasure> classify,
        Func<string, bool> isAdditiveOverMonths,
        Func<string, string?> countSourceOf)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(classify);
        ArgumentNullException.ThrowIfNull(isAdditiveOverMonths);
        options.Validate();

        var threshold = options.MinimumCellCount;
        var suppressed = new bool[values.Count];
        var measures = new IndicatorMeasure[values.Count];
        for (var i = 0; i < suppressed.Length; i++)
        {
            var value = values[i] ?? throw new ArgumentException($"Value {i} is null.", nameof(values));
            measures[i] = classify(value);
            suppressed[i] = PrimarySuppression.IsSuppressed(value, measures[i], threshold);
        }

        var table = MarginTable.Build(values, measures, isAdditiveOverMonths, countSourceOf);
        SecondarySuppression.Extend(table, suppressed, threshold);
        PeerGroupSuppression.Apply(values, suppressed, countSourceOf);
        return suppressed;
    }
}
