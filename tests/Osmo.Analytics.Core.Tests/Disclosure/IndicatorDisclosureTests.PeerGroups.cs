using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Core.Tests.Disclosure;

/// <summary>Peer-group rows: shown only when every member row they pool is shown.</summary>
public sealed partial class IndicatorDisclosureTests
{
    /// <summary>A count table with every margin plus peer-group rows: municipality m is in peer group
    /// <paramref name="peerOf"/>[m]; the peer rows are the sums of their members.</summary>
    private static List<IndicatorValue> WithPeerGroups(long[,] cells, string[] peerOf, string[]? counties = null)
    {
        var table = MarginTables.Counts(cells, counties)
            .Select(v => v.MunicipalityCode is { } m ? v with { PeerGroup = peerOf[int.Parse(m) - 1] } : v)
            .ToList();
        foreach (var peer in peerOf.Distinct().Order())
        {
            var members = Enumerable.Range(0, cells.GetLength(0)).Where(m => peerOf[m] == peer).ToList();
            long Sum(int? t) => members.Sum(m => t is { } g ? cells[m, g] : Enumerable.Range(0, cells.GetLength(1)).Sum(g => cells[m, g]));
            for (var t = 0; t < cells.GetLength(1); t++)
            {
                table.Add(Row(IndicatorLevels.PeerGroupXTargetGroup, peer, MarginTables.TargetGroup(t), Sum(t)));
            }

            table.Add(Row(IndicatorLevels.PeerGroup, peer, null, Sum(null)));
        }

        return table;

        static IndicatorValue Row(string level, string peer, string? tg, long count) =>
            new(MarginTables.October, "r12", level, null, null, tg, "new_cases", count, null, count, null, null, "case") { PeerGroup = peer };
    }

    [TestMethod]
    public void Suppress_PeerGroupWithAHiddenMember_IsHidden()
    {
        // 001 (P1): 7 + 6 = 13, 002 (P1): 2 + 9 = 11, 003 (P2): 8 + 10 = 18, one county. The 2 of 002/tg1 is hidden;
        // partners: 9 (002/tg2, its municipality), 7 (001/tg1, county x tg1), then 6 (001/tg2, county x tg2 held only
        // the 9). That rectangle leaves 002/tg1 = t in 0..9 and every municipality total shown.
        // P1 = 13 + 11 = 24 is a sum of shown rows: shown. P1 x tg1 = 7 + 2 and P1 x tg2 = 6 + 9 have hidden members:
        // hidden. P2 and its target groups have no hidden member: shown.
        var table = WithPeerGroups(new long[,] { { 7, 6 }, { 2, 9 }, { 8, 10 } }, ["P1", "P1", "P2"]);

        var published = IndicatorDisclosure.Suppress(table, Defaults);

        string Mark(string level, string peer, string? tg) => published.Single(p => p.Level == level && p.PeerGroup == peer && p.TargetGroup == tg)
            .IsSuppressed ? "hidden" : "shown";
        published.Where(p => p.Level == IndicatorLevels.Municipality).Should().OnlyContain(p => !p.IsSuppressed);
        Mark(IndicatorLevels.PeerGroup, "P1", null).Should().Be("shown");
        Mark(IndicatorLevels.PeerGroupXTargetGroup, "P1", "tg1").Should().Be("hidden");
        Mark(IndicatorLevels.PeerGroup, "P2", null).Should().Be("shown");
        Mark(IndicatorLevels.PeerGroupXTargetGroup, "P2", "tg1").Should().Be("shown");
        Mark(IndicatorLevels.PeerGroupXTargetGroup, "P2", "tg2").Should().Be("shown");
        // The rest of the table is suppressed exactly as without peer groups.
        var without = IndicatorDisclosure.Suppress(MarginTables.Counts(new long[,] { { 7, 6 }, { 2, 9 }, { 8, 10 } }), Defaults);
        published.Where(p => p.PeerGroup is null || p.MunicipalityCode is not null).Select(p => p.IsSuppressed)
            .Should().Equal(without.Select(p => p.IsSuppressed));
    }

    [TestMethod]
    public void Suppress_RandomTablesWithPeerGroups_AttackerRecoversNothing()
    {
        // Peer groups cut across counties: municipalities of two counties in two or three peer groups.
        var random = new Random(20251008);
        for (var i = 0; i < 200; i++)
        {
            var cells = RandomCells(random, 12);
            var peers = Enumerable.Range(0, cells.GetLength(0)).Select(_ => "P" + random.Next(1, 4)).ToArray();
            var table = WithPeerGroups(cells, peers, RandomCounties(random, cells.GetLength(0)));

            var published = IndicatorDisclosure.Suppress(table, Defaults);
            var attacker = new TableAttacker(table, [.. published.Select(p => p.IsSuppressed)], 5, MonthAdditivity.IsAdditiveOverMonths);
            // The peer-group rows give no member count away. A hidden peer-group row itself can be worked out when the
            // rest of the table gives its hidden members' sum (county x tg - shown municipalities), even when that sum
            // is 1-4: a limit of the method, which protects cells, not sums of hidden cells (docs/disclosure.md).
            attacker.BySubtraction().Where(r => !IsPeerRow(table, r)).Should().BeEmpty($"peer table {i}");
            attacker.ByCombination().Where(r => !IsPeerRow(table, r)).Should().BeEmpty($"peer table {i}");
            published.Where(p => p.Level == IndicatorLevels.PeerGroup && !p.IsSuppressed)
                .Should().NotContain(p => published.Any(m => m.Level == IndicatorLevels.Municipality && m.PeerGroup == p.PeerGroup && m.IsSuppressed));
        }
    }

    private static bool IsPeerRow(IReadOnlyList<IndicatorValue> table, Recovery r) =>
        table[r.Row].Level is IndicatorLevels.PeerGroup or IndicatorLevels.PeerGroupXTargetGroup;
}
