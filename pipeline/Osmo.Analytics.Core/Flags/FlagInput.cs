using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Indicators;
using Osmo.Analytics.PeerGroups;
using Osmo.Analytics.Reference;

namespace Osmo.Analytics.Flags;

/// <summary>Everything <see cref="FlagDetector.Detect"/> reads.</summary>
/// <param name="Period">The period month (any day of it).</param>
/// <param name="Indicators">The UNSUPPRESSED indicator result: rules decide on true values.</param>
/// <param name="Published">The published (disclosure-controlled) indicator values of the same result: the only
/// numbers evidence texts and the flag's <see cref="Flag.Value"/>, <see cref="Flag.ComparatorValue"/> and
/// <see cref="Flag.N"/> may quote.</param>
/// <param name="Reference">Reference data (names, counties, target groups).</param>
/// <param name="Actions">Action proposal templates (<see cref="ActionTemplates.Parse"/>).</param>
public sealed record FlagInput(
    DateOnly Period,
    IndicatorResult Indicators,
    IReadOnlyList<PublishedIndicator> Published,
    ReferenceData Reference,
    ActionTemplates Actions)
{
    /// <summary>Peer group id per municipality code (<see cref="PeerGroupClustering.Compute"/>); empty when off.</summary>
    /// <value>Default empty.</value>
    public IReadOnlyDictionary<string, string> PeerGroups { get; init; } = new Dictionary<string, string>();

    /// <summary>Shown peer-group values (<see cref="PeerGroupIndicators.Shown"/>: computed at the peer-group levels
    /// and disclosure-controlled with the rest of the table), quoted as a second comparator.</summary>
    /// <value>Default empty.</value>
    public IReadOnlyList<PeerGroupIndicatorValue> PeerGroupValues { get; init; } = [];

    /// <summary>Profile outlier scores (<see cref="ProfileOutliers.Detect"/>); the ones with
    /// <see cref="ProfileOutlier.IsOutlier"/> raise AN_PROFILE_OUTLIER.</summary>
    /// <value>Default empty.</value>
    public IReadOnlyList<ProfileOutlier> Outliers { get; init; } = [];

    /// <summary>The indicator settings of the run, for the limits named in evidence texts (30 days, 7 working days, 3 months).</summary>
    /// <value>Default <see cref="IndicatorOptions.Default"/>.</value>
    public IndicatorOptions IndicatorOptions { get; init; } = IndicatorOptions.Default;

    /// <summary>The disclosure threshold in force (for checking peer-group values before quoting them).</summary>
    /// <value>Default <see cref="DisclosureDefaults.MinimumCellCount"/> (5).</value>
    public int MinimumCellCount { get; init; } = DisclosureDefaults.MinimumCellCount;
}
