namespace Osmo.Analytics.Reports.ReportModels;

/// <summary>One group's activity in the r12 window. <paramref name="Name"/> is input text (escaped by the renderer).</summary>
internal sealed record GroupRowView(
    string Name,
    string Type,
    string TargetGroup,
    string Held,
    string Cancelled,
    string NoParticipants,
    ReportValue AttendanceMean,
    ReportValue Participants,
    string ExpertSessions);
