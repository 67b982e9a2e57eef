using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Flags;
using Osmo.Analytics.Indicators;
using Osmo.Analytics.PeerGroups;

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

    /// <summary>Flag thresholds and the <c>min_n</c> guard.</summary>
    /// <value>Defaults of <see cref="FlagDefaults"/> (docs/flags.md).</value>
    public FlagOptions Flags { get; init; } = new();

    /// <summary>k-means peer groups of municipalities (ML.NET, seeded).</summary>
    /// <value>Enabled, automatic k, fixed seed.</value>
    public PeerGroupOptions PeerGroups { get; init; } = new();

    /// <summary>Profile outliers (ML.NET randomized PCA) for AN_PROFILE_OUTLIER.</summary>
    /// <value>Enabled, fixed seed, documented threshold.</value>
    public ProfileOutlierOptions ProfileOutliers { get; init; } = new();

    /// <summary>Every problem of every section, named by its snake_case key.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        problems.AddRange(Indicators.Validate().Select(p => "indicators." + p));
        problems.AddRange(Flags.Validate().Select(p => "flags." + p));
        problems.AddRange(PeerGroups.Validate().Select(p => "peer_groups." + p));
        problems.AddRange(ProfileOutliers.Validate().Select(p => "profile_outliers." + p));
        try
        {
            Disclosure.Validate();
        }
        catch (System.ComponentModel.DataAnnotations.ValidationException ex)
        {
            problems.Add("disclosure: " + ex.Message);
        }

        return problems;
    }
}
