namespace Osmo.Analytics.PeerGroups;

/// <summary>Settings of <see cref="PeerGroupClustering"/> (section <c>peer_groups</c> of osmo.json). Defaults in
/// <see cref="PeerGroupDefaults"/>.</summary>
public sealed record PeerGroupOptions
{
    /// <summary>Default options.</summary>
    public static PeerGroupOptions Default { get; } = new();

    /// <summary>Whether peer groups are computed (<c>enabled</c>).</summary>
    /// <value>Default true.</value>
    public bool Enabled { get; init; } = PeerGroupDefaults.Enabled;

    /// <summary>Seed of the ML context (<c>seed</c>): same inputs and seed, same groups.</summary>
    /// <value>Default 20251 (<see cref="PeerGroupDefaults.Seed"/>).</value>
    public int Seed { get; init; } = PeerGroupDefaults.Seed;

    /// <summary>Number of peer groups (<c>k</c>); 0 = automatic, clamp(round(sqrt(n / 2)), 2, 8) for n municipalities.</summary>
    /// <value>Default 0 (<see cref="PeerGroupDefaults.K"/>). Range 0-50.</value>
    public int K { get; init; } = PeerGroupDefaults.K;

    /// <summary>Problems with the settings, empty when they are valid.</summary>
    public IReadOnlyList<string> Validate() =>
        K is < 0 or > 50 ? [$"peer_groups.k = {K.ToString(System.Globalization.CultureInfo.InvariantCulture)} is outside 0-50."] : [];
}
