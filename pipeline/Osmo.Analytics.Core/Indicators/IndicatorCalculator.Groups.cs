using System.Numerics;
using Osmo.Analytics.Model;

namespace Osmo.Analytics.Indicators;

public static partial class IndicatorCalculator
{
    private static readonly CounterSlot[] GroupSlots = [CounterSlot.GroupsActive, CounterSlot.GroupsExperienceExpert];
    private static readonly CounterSlot[] ParticipantSlots = [CounterSlot.ParticipantsDistinct];

    /// <summary>Sessions and attendance: session counts per cell, distinct groups and participants per cell, the
    /// participation-structure masks from client-panel and developer-client sessions, and the group_activity rows.</summary>
    private static List<GroupActivity> AccumulateGroups(
        IReadOnlyList<GroupSession> sessions, IReadOnlyList<Attendance> attendance, IndicatorAccumulator acc)
    {
        // Own client ids: only distinctness within attendance matters, and this pass runs beside the others.
        var clients = new Interner(Math.Max(attendance.Count / 4, 16));
        var layout = acc.Layout;
        var w = acc.Windows;
        var groupIds = new Interner(Math.Max(sessions.Count / 8, 16));
        var sessionGroup = new int[sessions.Count];
        var sessionMuni = new int[sessions.Count];
        var sessionMask = new int[sessions.Count];
        var sessionByKey = new Dictionary<long, int>(sessions.Count);
        Span<int> cells = stackalloc int[CellLayout.MaxCellsPerRecord];
        for (var s = 0; s < sessions.Count; s++)
        {
            var session = sessions[s];
            var mi = layout.MunicipalityIndex(session.MunicipalityCode);
            sessionMuni[s] = mi;
            if (mi < 0)
            {
                sessionGroup[s] = -1;
                continue;
            }

            var gi = groupIds.Intern(session.GroupId);
            sessionGroup[s] = gi;
            sessionByKey.TryAdd(((long)gi << 32) | (uint)session.SessionOn.DayNumber, s);
            acc.MunicipalityHasSessions[mi] = true;
            var mask = w.Event(session.SessionOn);
            sessionMask[s] = mask;
            var cellSpan = cells[..layout.CellsOf(mi, layout.TargetGroupIndex(session.TargetGroup), cells)];
            acc.Touch(cellSpan);
            if (!session.IsHeld)
            {
                acc.Add(CounterSlot.SessionsCancelled, cellSpan, mask);
                if (session.CancelReason == "no_participants")
                {
                    acc.Add(CounterSlot.SessionsNoParticipants, cellSpan, mask);
                }

                continue;
            }

            acc.Add(CounterSlot.SessionsHeld, cellSpan, mask);
            if (session.LocationType is "low_threshold" or "outreach")
            {
                acc.Add(CounterSlot.SessionsLowThreshold, cellSpan, mask);
            }

            if (session.GroupType == "client_panel")
            {
                acc.ClientPanel[mi] |= mask;
            }
            else if (session.GroupType == "developer_clients")
            {
                acc.DeveloperClients[mi] |= mask;
            }

            var heads = session.Participants ?? 0;
            foreach (var cell in cellSpan)
            {
                for (var bits = mask; bits != 0; bits &= bits - 1)
                {
                    var at = (cell * WindowCalendar.Count) + BitOperations.TrailingZeroCount(bits);
                    acc.HeadSum[at] += heads;
                    acc.HeadSumSquares[at] += (double)heads * heads;
                }
            }
        }

        var byGroup = StableGrouping.Build(sessionGroup, groupIds.Count);
        CountDistinctGroups(sessions, byGroup, sessionMuni, sessionMask, acc);
        var attendanceSession = IndexAttendance(attendance, groupIds, sessionByKey, sessions, sessionMuni, clients, acc, out var attendanceClient);
        CountDistinctParticipants(sessions, attendanceSession, attendanceClient, clients.Count, sessionMuni, sessionMask, acc);
        return BuildGroupActivities(sessions, byGroup, sessionGroup, sessionMuni, sessionMask, attendanceSession, attendanceClient, acc);
    }

    private static void CountDistinctGroups(
        IReadOnlyList<GroupSession> sessions, StableGrouping byGroup, int[] sessionMuni, int[] sessionMask, IndicatorAccumulator acc)
    {
        var scratch = new DistinctScratch(GroupSlots);
        Span<int> cells = stackalloc int[CellLayout.MaxCellsPerRecord];
        Span<int> masks = stackalloc int[GroupSlots.Length];
        for (var g = 0; g < byGroup.KeyCount; g++)
        {
            foreach (var s in byGroup.Rows(g))
            {
                var session = sessions[s];
                if (!session.IsHeld)
                {
                    continue;
                }

                masks[0] = sessionMask[s];
                masks[1] = session.ExperienceExpert == true ? sessionMask[s] : 0;
                scratch.Or(cells[..acc.Layout.CellsOf(sessionMuni[s], acc.Layout.TargetGroupIndex(session.TargetGroup), cells)], masks);
            }

            scratch.Flush(acc);
        }
    }

    /// <summary>Resolves each attendance row to its held session (-1: none, left out) and interns its client.</summary>
    private static int[] IndexAttendance(
        IReadOnlyList<Attendance> attendance, Interner groupIds, Dictionary<long, int> sessionByKey,
        IReadOnlyList<GroupSession> sessions, int[] sessionMuni, Interner clients, IndicatorAccumulator acc, out int[] attendanceClient)
    {
        var attendanceSession = new int[attendance.Count];
        attendanceClient = new int[attendance.Count];
        for (var a = 0; a < attendance.Count; a++)
        {
            var row = attendance[a];
            var gi = groupIds.Find(row.GroupId);
            var s = gi < 0 ? -1 : sessionByKey.GetValueOrDefault(((long)gi << 32) | (uint)row.SessionOn.DayNumber, -1);
            // Validation quarantines orphans (orphan_row); this guard only keeps a bad caller from miscounting.
            if (s < 0 || !sessions[s].IsHeld)
            {
                attendanceSession[a] = -1;
                attendanceClient[a] = -1;
                continue;
            }

            attendanceSession[a] = s;
            attendanceClient[a] = clients.Intern(row.ClientId);
            acc.MunicipalityHasAttendance[sessionMuni[s]] = true;
        }

        return attendanceSession;
    }
}
