namespace Osmo.Analytics.Flags;

/// <summary>A raised service-gap (SG_*), blind-spot (BS_*) or profile-outlier (AN_*) flag. Grain: one row per rule x
/// level keys (x group ids for rules about groups) at the reported period.</summary>
/// <remarks>Every number quoted in the evidence texts is a published (disclosure-controlled) value: a flag never
/// quotes a suppressed number. <see cref="Value"/>, <see cref="ComparatorValue"/> and <see cref="N"/> are null when the
/// published cell is suppressed.</remarks>
/// <param name="Period">First day of the reported month.</param>
/// <param name="Rule">Rule id (<c>SG_PLAN_MISSING</c>).</param>
/// <param name="Level"><c>municipality</c> or <c>municipality_x_target_group</c>.</param>
/// <param name="WellbeingCounty">County code.</param>
/// <param name="MunicipalityCode">Municipality code.</param>
/// <param name="TargetGroup">Target group code at <c>municipality_x_target_group</c> level, else null.</param>
/// <param name="GroupIds">Group ids joined with <c>|</c> for rules about groups, else null.</param>
/// <param name="Severity"><c>high</c>, <c>medium</c> or <c>info</c>.</param>
/// <param name="IndicatorId">The indicator the rule reads, when there is one.</param>
/// <param name="Value">The indicator value (r12), null when suppressed or not applicable.</param>
/// <param name="ComparatorKind"><c>county</c>, <c>peer_group</c>, <c>threshold</c> or null.</param>
/// <param name="ComparatorValue">The comparator's value, null when not applicable or suppressed.</param>
/// <param name="N">The denominator the rule was judged on, null when suppressed or not applicable.</param>
/// <param name="Statistic">A test statistic or interval description (<c>z = 2.31</c>, <c>95 % CI 31.9-50.8</c>), or null.</param>
/// <param name="EvidenceFi">Plain-Finnish evidence sentence.</param>
/// <param name="EvidenceSv">Swedish evidence sentence.</param>
/// <param name="EvidenceEn">English evidence sentence.</param>
/// <param name="ActionFi">Proposed action (toimenpide-ehdotus) in Finnish, from the editable template.</param>
/// <param name="ActionSv">Proposed action in Swedish.</param>
/// <param name="ActionEn">Proposed action in English.</param>
/// <param name="FirstSeen">First day of the first month of the current unbroken run of months in which the rule held.</param>
/// <param name="MonthsInRow">Months in a row (ending at the period) in which the rule held, over the 24 trend months.</param>
public sealed record Flag(
    DateOnly Period,
    string Rule,
    string Level,
    string WellbeingCounty,
    string MunicipalityCode,
    string? TargetGroup,
    string? GroupIds,
    string Severity,
    string? IndicatorId,
    double? Value,
    string? ComparatorKind,
    double? ComparatorValue,
    long? N,
    string? Statistic,
    string EvidenceFi,
    string EvidenceSv,
    string EvidenceEn,
    string ActionFi,
    string ActionSv,
    string ActionEn,
    DateOnly FirstSeen,
    int MonthsInRow)
{
    /// <summary>The municipality's peer group id, when peer groups are on (added after the positional members so
    /// existing constructor calls keep compiling).</summary>
    public string? PeerGroupId { get; init; }

    /// <summary>The peer group's pooled r12 value of <see cref="IndicatorId"/>, when it may be quoted (it passes the
    /// primary suppression rule); null otherwise.</summary>
    public double? PeerGroupValue { get; init; }
}
