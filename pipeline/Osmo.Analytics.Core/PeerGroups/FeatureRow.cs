namespace Osmo.Analytics.PeerGroups;

/// <summary>One ML.NET input row: a municipality's feature vector (the vector size is set by a schema definition).</summary>
internal sealed class FeatureRow
{
    public float[] Features { get; set; } = [];
}
