using System.Numerics;
using Osmo.Analytics.Model;

namespace Osmo.Analytics.Indicators;

public static partial class IndicatorCalculator
{
    private static void CountDistinctParticipants(
        IReadOnlyList<GroupSession> sessions, int[] attendanceSession, int[] attendanceClient, int clientCount,
        int[] sessionMuni, int[] sessionMask, IndicatorAccumulator acc)
    {
        var byClient = StableGrouping.Build(attendanceClient, clientCount);
        var scratch = new DistinctScratch(ParticipantSlots);
        Span<int> cells = stackalloc int[CellLayout.MaxCellsPerRecord];
        Span<int> masks = stackalloc int[1];
        for (var client = 0; client < byClient.KeyCount; client++)
        {
            var rows = byClient.Rows(client);
            if (rows.IsEmpty)
            {
                continue;
            }

            foreach (var a in rows)
            {
                var s = attendanceSession[a];
                masks[0] = sessionMask[s];
                scratch.Or(cells[..acc.Layout.CellsOf(sessionMuni[s], acc.Layout.TargetGroupIndex(sessions[s].TargetGroup), cells)], masks);
            }

            scratch.Flush(acc);
        }
    }

    /// <summary>One <see cref="GroupActivity"/> per group x municipality x window with a planned session.</summary>
    private static List<GroupActivity> BuildGroupActivities(
        IReadOnlyList<GroupSession> sessions, StableGrouping byGroup, int[] sessionGroup, int[] sessionMuni, int[] sessionMask,
        int[] attendanceSession, int[] attendanceClient, IndicatorAccumulator acc)
    {
        const int W = WindowCalendar.Count;
        var layout = acc.Layout;
        var attendanceGroup = new int[attendanceSession.Length];
        for (var a = 0; a < attendanceSession.Length; a++)
        {
            attendanceGroup[a] = attendanceSession[a] < 0 ? -1 : sessionGroup[attendanceSession[a]];
        }

        var attendanceByGroup = StableGrouping.Build(attendanceGroup, byGroup.KeyCount);
        var result = new List<GroupActivity>();
        var munis = new List<int>();
        var counts = Array.Empty<int>();
        var heads = Array.Empty<long>();
        var keys = Array.Empty<long>();
        var keyMasks = Array.Empty<int>();
        for (var g = 0; g < byGroup.KeyCount; g++)
        {
            var rows = byGroup.Rows(g);
            munis.Clear();
            var latest = rows[0];
            foreach (var s in rows)
            {
                if (!munis.Contains(sessionMuni[s]))
                {
                    munis.Add(sessionMuni[s]);
                }

                if (sessions[s].SessionOn >= sessions[latest].SessionOn)
                {
                    latest = s;
                }
            }

            // Per municipality entry e and window w: held, cancelled, no participants, experience expert, distinct.
            var size = munis.Count * W * 5;
            if (counts.Length < size)
            {
                counts = new int[size];
                heads = new long[munis.Count * W];
            }

            counts.AsSpan(0, size).Clear();
            heads.AsSpan(0, munis.Count * W).Clear();
            foreach (var s in rows)
            {
                var e = munis.IndexOf(sessionMuni[s]);
                var session = sessions[s];
                for (var bits = sessionMask[s]; bits != 0; bits &= bits - 1)
                {
                    var at = (e * W) + BitOperations.TrailingZeroCount(bits);
                    if (session.IsHeld)
                    {
                        counts[at * 5]++;
                        heads[at] += session.Participants ?? 0;
                        counts[(at * 5) + 3] += session.ExperienceExpert == true ? 1 : 0;
                    }
                    else
                    {
                        counts[(at * 5) + 1]++;
                        counts[(at * 5) + 2] += session.CancelReason == "no_participants" ? 1 : 0;
                    }
                }
            }

            // Distinct participants: sort (client, entry) keys with their masks and OR runs of equal keys.
            var attendanceRows = attendanceByGroup.Rows(g);
            if (keys.Length < attendanceRows.Length)
            {
                keys = new long[attendanceRows.Length * 2];
                keyMasks = new int[attendanceRows.Length * 2];
            }

            for (var i = 0; i < attendanceRows.Length; i++)
            {
                var s = attendanceSession[attendanceRows[i]];
                keys[i] = ((long)attendanceClient[attendanceRows[i]] << 16) | (long)munis.IndexOf(sessionMuni[s]);
                keyMasks[i] = sessionMask[s];
            }

            Array.Sort(keys, keyMasks, 0, attendanceRows.Length);
            for (var i = 0; i < attendanceRows.Length;)
            {
                var union = 0;
                var j = i;
                for (; j < attendanceRows.Length && keys[j] == keys[i]; j++)
                {
                    union |= keyMasks[j];
                }

                var e = (int)(keys[i] & 0xFFFF);
                for (var bits = union; bits != 0; bits &= bits - 1)
                {
                    counts[((((e * W) + BitOperations.TrailingZeroCount(bits))) * 5) + 4]++;
                }

                i = j;
            }

            var info = sessions[latest];
            for (var e = 0; e < munis.Count; e++)
            {
                var mi = munis[e];
                for (var window = 0; window < W; window++)
                {
                    var at = (e * W) + window;
                    int held = counts[at * 5], cancelled = counts[(at * 5) + 1];
                    if (held + cancelled == 0)
                    {
                        continue;
                    }

                    result.Add(new GroupActivity(
                        acc.Windows.PeriodOf(window), WindowCalendar.NameOf(window), layout.CountyCodes[layout.CountyOf[mi]],
                        layout.MunicipalityCodes[mi], info.GroupId, info.GroupName, info.GroupType,
                        string.IsNullOrEmpty(info.TargetGroup) ? null : info.TargetGroup,
                        held, cancelled, counts[(at * 5) + 2], counts[(at * 5) + 3],
                        held == 0 ? null : (double)heads[at] / held,
                        acc.MunicipalityHasAttendance[mi] ? counts[(at * 5) + 4] : null));
                }
            }
        }

        result.Sort(static (a, b) =>
        {
            var c = string.CompareOrdinal(a.MunicipalityCode, b.MunicipalityCode);
            c = c != 0 ? c : string.CompareOrdinal(a.GroupId, b.GroupId);
            c = c != 0 ? c : a.Period.CompareTo(b.Period);
            return c != 0 ? c : string.CompareOrdinal(a.Window, b.Window);
        });
        return result;
    }
}
