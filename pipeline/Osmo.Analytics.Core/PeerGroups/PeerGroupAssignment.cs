namespace Osmo.Analytics.PeerGroups;

/// <summary>The peer groups of one run.</summary>
/// <param name="Groups">Peer group id (<c>P1</c>...) per municipality code; empty when off or too few municipalities.</param>
/// <param name="K">Number of non-empty groups.</param>
/// <param name="FeatureNames">The structural features, in the fixed order they were clustered on.</param>
public sealed record PeerGroupAssignment(IReadOnlyDictionary<string, string> Groups, int K, IReadOnlyList<string> FeatureNames)
{
    /// <summary>No peer groups.</summary>
    public static PeerGroupAssignment Empty { get; } = new(new Dictionary<string, string>(), 0, []);
}
