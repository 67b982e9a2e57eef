using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Disclosure;

/// <summary>Suppression of the peer-group rows, after the rest of the table is settled: a peer-group row is shown only
/// when every member row it pools is shown (docs/disclosure.md, "Peer groups").</summary>
/// <remarks>
/// A peer group's count is the sum of its municipalities' counts (a client in two of them aside), and peer groups
/// cut across counties: a margin that cuts across the county hierarchy makes the table no network and its audit much
/// harder. Showing a peer-group row only when none of its members (its municipality rows, or for
/// <c>peer_group_x_target_group</c> its municipality x target group rows of that group) is hidden means that the row is
/// a sum of shown numbers: it adds no equation with an unknown in it, so it can give nothing away, and the
/// municipalities' own suppression stays exactly as it was. A peer-group row is also hidden by the primary rule, and the
/// rows of one peer-group cell that publish the same count (<see cref="IndicatorCatalog.CountSourceOf"/>) go together.
/// </remarks>
internal static class PeerGroupSuppression
{
    /// <summary>Marks peer-group rows in <paramref name="suppressed"/> (which holds the primary and secondary marks of
    /// every other row) in place.</summary>
    public static void Apply(IReadOnlyList<IndicatorValue> values, bool[] suppressed, Func<string, string?> countSourceOf)
    {
        var hiddenMember = new Dictionary<MemberKey, bool>();
        for (var row = 0; row < values.Count; row++)
        {
            var v = values[row];
            if (v.PeerGroup is { } peer && v.Level is IndicatorLevels.Municipality or IndicatorLevels.MunicipalityXTargetGroup)
            {
                var key = new MemberKey(v.IndicatorId, v.Period, v.Window, peer, v.TargetGroup);
                hiddenMember[key] = hiddenMember.GetValueOrDefault(key) || suppressed[row];
            }
        }

        var peerRows = new List<int>();
        for (var row = 0; row < values.Count; row++)
        {
            var v = values[row];
            if (v.PeerGroup is { } peer && v.Level is IndicatorLevels.PeerGroup or IndicatorLevels.PeerGroupXTargetGroup)
            {
                peerRows.Add(row);
                // No member row at all: nothing shows the row is a sum of shown numbers, so it is hidden.
                var key = new MemberKey(v.IndicatorId, v.Period, v.Window, peer, v.TargetGroup);
                suppressed[row] |= !hiddenMember.TryGetValue(key, out var hidden) || hidden;
            }
        }

        // Shared counts: one hidden row of a cell hides the rows that publish the same count.
        var linkHidden = new Dictionary<MemberKey, bool>();
        foreach (var row in peerRows)
        {
            var key = LinkKey(values[row], countSourceOf);
            linkHidden[key] = linkHidden.GetValueOrDefault(key) || suppressed[row];
        }

        foreach (var row in peerRows)
        {
            suppressed[row] |= linkHidden[LinkKey(values[row], countSourceOf)];
        }
    }

    /// <summary>The cell and the count a row publishes (its own when it shares none).</summary>
    private static MemberKey LinkKey(IndicatorValue v, Func<string, string?> countSourceOf)
    {
        var source = countSourceOf(v.IndicatorId) ?? v.IndicatorId;
        return new MemberKey(source, v.Period, v.Window, v.PeerGroup!, v.TargetGroup);
    }

    private readonly record struct MemberKey(string IndicatorId, DateOnly Period, string Window, string PeerGroup, string? TargetGroup);
}
