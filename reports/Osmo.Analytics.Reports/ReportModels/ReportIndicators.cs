using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Reports.ReportModels;

/// <summary>Which indicators each report section shows, in order.</summary>
/// <remarks>The key figures answer a board's first questions: how many are served, whom the services reach, whether
/// the process is timely and planned, whether clients drop out, and whether change is being followed up. Counts of
/// decisions, groups and meters have their own sections.</remarks>
internal static class ReportIndicators
{
    /// <summary>The eight key figures of the summary (r12 with the change from a year earlier).</summary>
    public static IReadOnlyList<string> KeyFigures { get; } =
    [
        IndicatorIds.ActiveClients,
        IndicatorIds.ReachPct,
        IndicatorIds.OutreachFirstContactPct,
        IndicatorIds.AssessmentStart7WdPct,
        IndicatorIds.AssessmentDone3MPct,
        IndicatorIds.ClientPlanPct,
        IndicatorIds.UnplannedClosurePct,
        IndicatorIds.MeterFollowUpLossPct,
    ];

    /// <summary>Indicators of the target-group tables.</summary>
    public static IReadOnlyList<string> TargetGroupTables { get; } =
    [
        IndicatorIds.ActiveClients,
        IndicatorIds.ReachPct,
        IndicatorIds.OutreachFirstContactPct,
        IndicatorIds.AssessmentStart7WdPct,
        IndicatorIds.ClientPlanPct,
        IndicatorIds.UnplannedClosurePct,
        IndicatorIds.MeterFollowUpLossPct,
    ];

    /// <summary>Indicators drawn as 24-month trends.</summary>
    public static IReadOnlyList<string> Trends { get; } =
    [
        IndicatorIds.ActiveClients,
        IndicatorIds.NewCases,
        IndicatorIds.AssessmentStart7WdPct,
        IndicatorIds.ClientPlanPct,
        IndicatorIds.UnplannedClosurePct,
        IndicatorIds.OutreachFirstContactPct,
    ];

    /// <summary>Municipality-level group activity figures (r12).</summary>
    public static IReadOnlyList<string> GroupFigures { get; } =
    [
        IndicatorIds.GroupsActive,
        IndicatorIds.GroupSessionsHeld,
        IndicatorIds.GroupSessionsCancelled,
        IndicatorIds.SessionsNoParticipants,
        IndicatorIds.GroupParticipantsDistinct,
        IndicatorIds.GroupAttendanceMean,
        IndicatorIds.GroupsExperienceExpertPct,
        IndicatorIds.SessionsLowThresholdPct,
    ];

    /// <summary>Participation structures (yes/no, municipality level).</summary>
    public static IReadOnlyList<string> Structures { get; } =
        [IndicatorIds.HasClientPanel, IndicatorIds.HasDeveloperClients, IndicatorIds.UsesExperienceExperts];
}
