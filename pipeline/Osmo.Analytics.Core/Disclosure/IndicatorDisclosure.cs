using System.Runtime.InteropServices;
using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Disclosure;

/// <summary>The single choke point between computed indicator values and every output: published outputs take
/// <see cref="PublishedIndicator"/>s from <see cref="Suppress(IReadOnlyList{IndicatorValue}, DisclosureOptions)"/>,
/// the restricted Parquet takes <see cref="RestrictedIndicator"/>s from <see cref="Restrict(IReadOnlyList{IndicatorValue}, DisclosureOptions)"/>.</summary>
/// <remarks>
/// Both work on a whole table (all values of a run) because suppression is not a per-cell decision in general:
/// the secondary pass (a margin with exactly one suppressed cell gets another one suppressed) needs the cells
/// and their totals together. Today only the primary rule (<see cref="PrimarySuppression"/>) runs; the
/// secondary pass plugs in at <c>Decide</c>, after the primary marks, and both outputs follow it.
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
        Func<IndicatorValue, IndicatorMeasure> classify)
    {
        var suppressed = Decide(values, options, classify);
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
        Func<IndicatorValue, IndicatorMeasure> classify)
    {
        var suppressed = Decide(values, options, classify);
        var restricted = new RestrictedIndicator[values.Count];
        for (var i = 0; i < restricted.Length; i++)
        {
            restricted[i] = new RestrictedIndicator(values[i], suppressed[i]);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(restricted);
    }

    /// <summary>Which cells of the table are suppressed: the primary rule, then (later) the secondary pass.</summary>
    private static bool[] Decide(
        IReadOnlyList<IndicatorValue> values,
        DisclosureOptions options,
        Func<IndicatorValue, IndicatorMeasure> classify)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(classify);
        options.Validate();

        var threshold = options.MinimumCellCount;
        var suppressed = new bool[values.Count];
        for (var i = 0; i < suppressed.Length; i++)
        {
            var value = values[i] ?? throw new ArgumentException($"Value {i} is null.", nameof(values));
            suppressed[i] = PrimarySuppression.IsSuppressed(value, classify(value), threshold);
        }

        // Secondary suppression across margins goes here: it reads values + suppressed and only adds marks.
        return suppressed;
    }
}
