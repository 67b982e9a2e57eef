namespace Osmo.Analytics.PeerGroups;

/// <summary>Default values of <see cref="PeerGroupOptions"/>.</summary>
public static class PeerGroupDefaults
{
    /// <summary>Peer groups are on.</summary>
    public const bool Enabled = true;

    /// <summary>Seed of the ML context: 20251.</summary>
    public const int Seed = 20251;

    /// <summary>0 = choose k automatically (<see cref="PeerGroupClustering.AutoK"/>).</summary>
    public const int K = 0;

    /// <summary>Fewest municipalities worth clustering: 4 (two groups of two).</summary>
    public const int MinMunicipalities = 4;

    /// <summary>Largest automatic k: 8 (a board compares with a handful of peers, not with a partition of one each).</summary>
    public const int MaxAutoK = 8;
}
