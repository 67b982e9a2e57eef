using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Cli.Configuration;

/// <summary>The run configuration (<c>osmo.json</c>, JSON with comments, snake_case keys). Every section is optional;
/// a missing key keeps its documented default (see <c>osmo.json</c> at the repository root and docs/configuration.md).</summary>
public sealed record OsmoConfiguration
{
    /// <summary>Indicator settings (follow-up days, the local timeliness standard).</summary>
    /// <value>Defaults of <see cref="IndicatorDefaults"/>.</value>
    public IndicatorOptions Indicators { get; init; } = IndicatorOptions.Default;

    /// <summary>Disclosure control.</summary>
    /// <value>Minimum cell count 5.</value>
    public DisclosureOptions Disclosure { get; init; } = new();
}
