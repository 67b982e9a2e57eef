namespace Osmo.Analytics.Indicators;

/// <summary>Change from baseline on one meter domain (table <c>meter_changes</c>).
/// Grain: one row per period x window x level x level keys x meter x domain, for cells with at least one change.</summary>
/// <param name="Period">First day of the window's end month.</param>
/// <param name="Window"><c>month</c> or <c>r12</c>.</param>
/// <param name="Level">Level name (<see cref="IndicatorLevels"/>).</param>
/// <param name="WellbeingCounty">County code, null at <c>all</c> level.</param>
/// <param name="MunicipalityCode">Municipality code at municipality levels, else null.</param>
/// <param name="TargetGroup">Target group at <c>*_x_target_group</c> levels, else null.</param>
/// <param name="Meter">Meter code (<c>KYKYVIISARI</c>).</param>
/// <param name="Domain">Domain code of the meter.</param>
/// <param name="N">Clients with a change (one per client).</param>
/// <param name="MeanChange">Mean change in score points, signed so that positive = better.</param>
/// <param name="Sd">Sample standard deviation of the change, null when n &lt; 2.</param>
/// <param name="CiLow">Lower bound of the 95 % t interval of the mean, null when n &lt; 2.</param>
/// <param name="CiHigh">Upper bound of the 95 % t interval of the mean, null when n &lt; 2.</param>
/// <param name="ImprovedN">Clients whose change is positive.</param>
/// <param name="ImprovedPct">100 x <paramref name="ImprovedN"/> / <paramref name="N"/>.</param>
/// <param name="ImprovedCiLow">Lower bound of the 95 % Wilson interval of <paramref name="ImprovedPct"/>.</param>
/// <param name="ImprovedCiHigh">Upper bound of the 95 % Wilson interval of <paramref name="ImprovedPct"/>.</param>
public sealed record MeterChange(
    DateOnly Period,
    string Window,
    string Level,
    string? WellbeingCounty,
    string? MunicipalityCode,
    string? TargetGroup,
    string Meter,
    string Domain,
    long N,
    double MeanChange,
    double? Sd,
    double? CiLow,
    double? CiHigh,
    long ImprovedN,
    double ImprovedPct,
    double? ImprovedCiLow,
    double? ImprovedCiHigh);
