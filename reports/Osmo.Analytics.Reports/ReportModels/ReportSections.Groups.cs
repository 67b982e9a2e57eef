using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Reports.ReportModels;

internal static partial class ReportSections
{
    /// <summary>Each group of a municipality with activity in the r12 window, by name.</summary>
    /// <remarks>Group names are free text from the exports: they stay plain strings here and the renderer escapes them.</remarks>
    public static IReadOnlyList<GroupRowView> Groups(ResultsIndex ix, ReportFormatter f, string municipalityCode)
    {
        var reference = ix.Results.Reference;
        return [.. ix.R12Groups(municipalityCode)
            .OrderBy(g => g.GroupName, StringComparer.Ordinal)
            .ThenBy(g => g.GroupId, StringComparer.Ordinal)
            .Select(g =>
            {
                var tg = g.TargetGroup is null ? null : reference.TargetGroups.FirstOrDefault(t => t.Code == g.TargetGroup);
                return new GroupRowView(
                    g.GroupName,
                    f.Labels.GroupType(g.GroupType),
                    tg is null ? (g.TargetGroup ?? "–") : f.Labels.Name(tg),
                    f.Count(g.SessionsHeld),
                    f.Count(g.SessionsCancelled),
                    f.Count(g.SessionsNoParticipants),
                    g.IsAttendanceSuppressed ? f.Suppressed() : g.AttendanceMean is { } m ? f.Shown(m, IndicatorUnits.ParticipantsPerSession) : f.NoData(),
                    g.IsParticipantsSuppressed ? f.Suppressed() : g.ParticipantsDistinct is { } p ? f.Shown(p, IndicatorUnits.Client) : f.NoData(),
                    f.Count(g.SessionsExperienceExpert));
            })];
    }

    /// <summary>Low-threshold points of a municipality active at the period's last day (reference data).</summary>
    public static IReadOnlyList<PointView> Points(ResultsIndex ix, ReportFormatter f, string municipalityCode)
    {
        var reference = ix.Results.Reference;
        var end = ix.Period.AddMonths(1).AddDays(-1);
        return [.. reference.LowThresholdPoints
            .Where(p => p.MunicipalityCode == municipalityCode && p.IsActiveOn(end))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new PointView(
                p.Name,
                p.Kind,
                string.Join(", ", p.Serves.Select(code => reference.TargetGroups.FirstOrDefault(t => t.Code == code) is { } tg ? f.Labels.Name(tg) : code)),
                f.Indicator(p.HoursPerWeek, IndicatorUnits.HoursPerWeek)))];
    }
}
