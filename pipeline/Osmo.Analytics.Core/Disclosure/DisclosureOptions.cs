using System.ComponentModel.DataAnnotations;

namespace Osmo.Analytics.Disclosure;

/// <summary>Settings of statistical disclosure control.</summary>
public sealed record DisclosureOptions
{
    /// <summary>The smallest published count: a count, numerator, denominator or complement from 1 to
    /// <c>MinimumCellCount - 1</c> is suppressed, and a mean over fewer observations.</summary>
    /// <value>Default <see cref="DisclosureDefaults.MinimumCellCount"/> (5); accepted range 2..100.</value>
    [Range(DisclosureDefaults.MinimumCellCountLowerLimit, DisclosureDefaults.MinimumCellCountUpperLimit)]
    public int MinimumCellCount { get; init; } = DisclosureDefaults.MinimumCellCount;

    /// <summary>Checks the options; call at startup.</summary>
    /// <exception cref="ValidationException">A setting is out of its range.</exception>
    public void Validate() => Validator.ValidateObject(this, new ValidationContext(this), validateAllProperties: true);
}
