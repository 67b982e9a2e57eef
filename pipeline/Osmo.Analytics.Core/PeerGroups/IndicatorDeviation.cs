namespace Osmo.Analytics.PeerGroups;

/// <summary>How far one indicator of a municipality's r12 profile lies from the other municipalities.</summary>
/// <param name="IndicatorId">Catalog id.</param>
/// <param name="Z">Robust z: (value - median) / scale over the municipalities (see <see cref="ProfileOutliers"/>);
/// 0 when the value is missing or rests on fewer cases than the minimum.</param>
public sealed record IndicatorDeviation(string IndicatorId, double Z);
