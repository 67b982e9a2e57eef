using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.PeerGroups;

/// <summary>An indicator value pooled over the municipalities of one peer group. Grain: one row per peer group x
/// period x window x level (<c>peer_group</c>, <c>peer_group_x_target_group</c>) x target group x indicator.</summary>
/// <param name="PeerGroupId">Peer group id (<c>P1</c>...).</param>
/// <param name="Value">The value; <see cref="IndicatorValue.WellbeingCounty"/> and
/// <see cref="IndicatorValue.MunicipalityCode"/> are null because <see cref="IndicatorValue"/> has no peer-group key
/// column (contract change requested: see docs/flags.md).</param>
public sealed record PeerGroupIndicatorValue(string PeerGroupId, IndicatorValue Value);
