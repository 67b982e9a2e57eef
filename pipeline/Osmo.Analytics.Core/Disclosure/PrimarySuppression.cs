using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Disclosure;

/// <summary>The primary suppression rule for one cell (spec/outputs.md, Disclosure control).</summary>
/// <remarks>
/// "Small" means from 1 to <c>threshold - 1</c>: zero is shown, because an empty cell discloses nobody.
/// <list type="bullet">
/// <item>Count: suppressed when the count (the numerator, else the value) is small.</item>
/// <item>Share or rate: suppressed when the numerator, the denominator or the complement (denominator - numerator)
/// is small. The complement matters because 98 of 100 tells that 2 people did not.
/// A share with a value but no numerator cannot be checked and is suppressed (fail closed).</item>
/// <item>Mean or median: suppressed when n (the denominator) is small; a mean with a value and no n is suppressed
/// (fail closed). The numerator of a mean is a sum of measurements, not a head count, so the
/// numerator and complement rules are not applied to it.</item>
/// <item>Reference fact: never suppressed.</item>
/// </list>
/// The decision looks at the counts, not at whether a value exists: a share whose value is null but whose
/// numerator is 3 would still publish the 3, so it is suppressed too.
/// </remarks>
public static class PrimarySuppression
{
    /// <summary>Whether a cell must be suppressed by the primary rule.</summary>
    /// <param name="value">The computed value.</param>
    /// <param name="measure">Its kind (<see cref="IndicatorMeasures.Classify"/>).</param>
    /// <param name="minimumCellCount">The threshold (<see cref="DisclosureOptions.MinimumCellCount"/>).</param>
    public static bool IsSuppressed(IndicatorValue value, IndicatorMeasure measure, int minimumCellCount)
    {
        ArgumentNullException.ThrowIfNull(value);
        return measure switch
        {
            IndicatorMeasure.Count => IsSmall(value.Numerator, minimumCellCount)
                || (value.Numerator is null && value.Value is { } v && v > 0 && v < minimumCellCount),
            IndicatorMeasure.Share => IsShareSuppressed(value, minimumCellCount),
            IndicatorMeasure.Mean => IsSmall(value.Denominator, minimumCellCount)
                || (value.Denominator is null && value.Value is not null)
                || IsSmallHeadCount(value, minimumCellCount),
            IndicatorMeasure.ReferenceFact => false,
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Unknown indicator measure."),
        };
    }

    /// <summary>Whether a count is from 1 to <paramref name="minimumCellCount"/> - 1.</summary>
    public static bool IsSmall(long? count, int minimumCellCount) => count is { } c && c >= 1 && c < minimumCellCount;

    /// <summary>A mean head count below the threshold says how many people came (a mean of 2.0: two), as in
    /// <see cref="TableDisclosure"/>'s group rows.</summary>
    private static bool IsSmallHeadCount(IndicatorValue value, int minimumCellCount) =>
        value.Unit == IndicatorUnits.ParticipantsPerSession && value.Value is { } mean && mean > 0 && mean < minimumCellCount;

    private static bool IsShareSuppressed(IndicatorValue value, int minimumCellCount)
    {
        if (IsSmall(value.Numerator, minimumCellCount) || IsSmall(value.Denominator, minimumCellCount))
        {
            return true;
        }

        if (value.Numerator is { } numerator && value.Denominator is { } denominator)
        {
            return IsSmall(denominator - numerator, minimumCellCount);
        }

        return value.Numerator is null && value.Value is not null;
    }
}
