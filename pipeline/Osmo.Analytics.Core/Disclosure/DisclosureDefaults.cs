namespace Osmo.Analytics.Disclosure;

/// <summary>Defaults and limits of <see cref="DisclosureOptions"/>.</summary>
public static class DisclosureDefaults
{
    /// <summary>The smallest count that may be published: counts 1 to 4 are suppressed. Default 5 (spec/outputs.md).</summary>
    public const int MinimumCellCount = 5;

    /// <summary>Lowest accepted <see cref="DisclosureOptions.MinimumCellCount"/>: 2, because 1 would suppress nothing.</summary>
    public const int MinimumCellCountLowerLimit = 2;

    /// <summary>Highest accepted <see cref="DisclosureOptions.MinimumCellCount"/>: 100; above that almost every
    /// municipality-level cell disappears and the setting is more likely a typo than a policy.</summary>
    public const int MinimumCellCountUpperLimit = 100;
}
