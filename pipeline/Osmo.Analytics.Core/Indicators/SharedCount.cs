namespace Osmo.Analytics.Indicators;

/// <summary>A count that an indicator publishes and another indicator publishes too, at the same key (period,
/// window, level and codes): the denominator of <c>outreach_first_contact_pct</c> is <c>new_cases</c>.</summary>
/// <remarks>Disclosure control links the two rows: a cell hidden in one table must not be shown in the other
/// (docs/disclosure.md, "The same count in two indicators").</remarks>
/// <param name="Part">Which part of this indicator is the count: <see cref="NumeratorPart"/> or <see cref="DenominatorPart"/>.</param>
/// <param name="CountIndicatorId">The count indicator (no denominator) whose value it equals.</param>
public sealed record SharedCount(string Part, string CountIndicatorId)
{
    /// <summary>The numerator is the shared count.</summary>
    public const string NumeratorPart = "numerator";

    /// <summary>The denominator (for a mean: its n) is the shared count.</summary>
    public const string DenominatorPart = "denominator";
}
