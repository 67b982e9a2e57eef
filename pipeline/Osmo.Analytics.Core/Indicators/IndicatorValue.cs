namespace Osmo.Analytics.Indicators;

/// <summary>One indicator value. Grain: one row per period month x window x level x level keys x indicator.</summary>
/// <param name="Period">First day of the month the window ends in.</param>
/// <param name="Window"><c>month</c> or <c>r12</c> (rolling 12 months ending at the period).</param>
/// <param name="Level"><c>municipality_x_target_group</c>, <c>municipality</c>, <c>county_x_target_group</c>, <c>county</c>, <c>peer_group</c>, <c>all</c>.</param>
/// <param name="WellbeingCounty">County code, null at <c>all</c> level.</param>
/// <param name="MunicipalityCode">Municipality code at municipality levels, else null.</param>
/// <param name="TargetGroup">Target group code at <c>*_x_target_group</c> levels, else null.</param>
/// <param name="IndicatorId">Catalog id (<c>client_plan_pct</c>).</param>
/// <param name="Numerator">Numerator (count indicators: the count itself), null where not defined.</param>
/// <param name="Denominator">Denominator, null for counts.</param>
/// <param name="Value">The value; for percentages 100 x numerator / denominator, null when the denominator is 0.</param>
/// <param name="CiLow">Lower bound of the 95 % interval (Wilson for shares), null where not defined.</param>
/// <param name="CiHigh">Upper bound of the 95 % interval.</param>
/// <param name="Unit">Unit from the catalog (<c>case</c>, <c>client</c>, <c>pct</c>...).</param>
public sealed record IndicatorValue(
    DateOnly Period,
    string Window,
    string Level,
    string? WellbeingCounty,
    string? MunicipalityCode,
    string? TargetGroup,
    string IndicatorId,
    long? Numerator,
    long? Denominator,
    double? Value,
    double? CiLow,
    double? CiHigh,
    string Unit)
{
    /// <summary>The peer group of a peer-group row, and of a municipality or municipality x target group row the
    /// municipality's peer group; null otherwise and when peer groups are off.</summary>
    public string? PeerGroup { get; init; }
}
