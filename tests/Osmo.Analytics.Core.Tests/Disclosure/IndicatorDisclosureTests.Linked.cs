using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Core.Tests.Disclosure;

/// <summary>The same count in two indicators: new cases, and the denominator of the outreach share.</summary>
public sealed partial class IndicatorDisclosureTests
{
    // new_cases in one municipality's target groups: 7, 2, 9 (total 18). The 2 is small; its partner in the count table
    // is the smallest positive cell, the 7. Outreach first contacts of those new cases: 0 of 7 (shown: 0 %), 2 new
    // cases (hidden: denominator 2), 1 of 9 (hidden: numerator 1), total 1 of 18 (hidden: numerator 1). The share
    // table needs no partner of its own (its denominator group has three hidden cells), so it would show 0 of 7.
    private static List<IndicatorValue> NewCasesAndOutreach() =>
    [
        .. MarginTables.OneMunicipality(7, 2, 9),
        .. ShareRowsOfOneMunicipality("outreach_first_contact_pct", [0, 0, 1], [7, 2, 9]),
    ];

    [TestMethod]
    public void Attacker_TablesSuppressedApart_RecoversTheSmallCountThroughTheShare()
    {
        // Each table suppressed on its own: the share shows 0 of 7, so new_cases tg2 = 18 - 7 - 9 = 2.
        var table = NewCasesAndOutreach();
        var counts = table.Where(v => v.IndicatorId == "new_cases").ToList();
        var shares = table.Where(v => v.IndicatorId != "new_cases").ToList();
        bool[] marks = [.. IndicatorDisclosure.Suppress(counts, Defaults).Concat(IndicatorDisclosure.Suppress(shares, Defaults)).Select(p => p.IsSuppressed)];

        var attacker = new TableAttacker([.. counts, .. shares], marks, 5, MonthAdditivity.IsAdditiveOverMonths, TableAttacker.SpecSameCounts);

        attacker.BySubtraction().Should().Contain(r => r.Row == 0 && r.Component == "count" && r.TrueValue == 7, "the share shows it");
        attacker.ByCombination().Should().Contain(r => r.Row == 1 && r.Component == "count" && r.TrueValue == 2);
    }

    [TestMethod]
    public void Suppress_RandomLinkedCountAndShareTables_AttackerRecoversNothing()
    {
        // new_cases and outreach_first_contact_pct over the same new cases, with every margin; the attacker also knows
        // that the share's denominator is the count.
        var random = new Random(20251006);
        for (var i = 0; i < 200; i++)
        {
            var table = RandomLinkedTable(random);
            var restricted = IndicatorDisclosure.Restrict(table, Defaults);
            var attacker = new TableAttacker(table, [.. restricted.Select(r => r.IsSuppressed)], 5, MonthAdditivity.IsAdditiveOverMonths, TableAttacker.SpecSameCounts);

            // The spec's test: no small count is learnt. (A hidden share's denominator may be learnt when it is large
            // and every other count of its equations is shown; that gives nothing small away.)
            attacker.BySubtraction().Where(IsSmall).Should().BeEmpty($"linked table {i}");
            attacker.ByCombination().Where(IsSmall).Should().BeEmpty($"linked table {i}");
        }
    }

    [TestMethod]
    public void Suppress_ShareHiddenForItsNumerator_HidesItsCountToo()
    {
        // The shares of tg3 (1 of 9) and of the total (1 of 18) are hidden for their numerator of 1, the share of tg2
        // for its denominator of 2. Showing new_cases 9 and 18 would tell those denominators, and numerator +
        // complement = denominator would then tie the hidden parts together (the random tables below find a
        // complement of 4 pinned that way), so the counts of tg3 and of the total go too. The count table then holds
        // 18 = 7 + x2 + x3 with x2, x3 and 18 hidden: x2 can be 0, nothing more is needed, and tg1 (7, and 0 of 7)
        // stays shown in both.
        var published = IndicatorDisclosure.Suppress(NewCasesAndOutreach(), Defaults);

        string Marks(string id) => string.Join(" ", published.Where(p => p.IndicatorId == id)
            .Select(p => $"{p.TargetGroup ?? "total"}:{(p.IsSuppressed ? "hidden" : "shown")}"));
        Marks("new_cases").Should().Be("tg1:shown tg2:hidden tg3:hidden total:hidden");
        Marks("outreach_first_contact_pct").Should().Be("tg1:shown tg2:hidden tg3:hidden total:hidden");
    }

    [TestMethod]
    public void Suppress_RandomLinkedTables_HideACountAndItsShareTogether()
    {
        var random = new Random(20251007);
        for (var i = 0; i < 100; i++)
        {
            var table = RandomLinkedTable(random);
            var published = IndicatorDisclosure.Suppress(table, Defaults);

            var count = published.Where(p => p.IndicatorId == "new_cases").Select(p => p.IsSuppressed);
            var share = published.Where(p => p.IndicatorId == "outreach_first_contact_pct").Select(p => p.IsSuppressed);
            share.Should().Equal(count, $"linked table {i}");
        }
    }

    /// <summary>new_cases over random cells with every margin, and outreach_first_contact_pct over the same new cases.</summary>
    private static List<IndicatorValue> RandomLinkedTable(Random random)
    {
        var cells = RandomCells(random, 12);
        var numerators = new long[cells.GetLength(0), cells.GetLength(1)];
        for (var m = 0; m < cells.GetLength(0); m++)
        {
            for (var t = 0; t < cells.GetLength(1); t++)
            {
                numerators[m, t] = random.Next(0, (int)cells[m, t] + 1);
            }
        }

        var counties = RandomCounties(random, cells.GetLength(0));
        return [.. MarginTables.Counts(cells, counties), .. MarginTables.Shares(numerators, cells, counties, "outreach_first_contact_pct")];
    }

    private static bool IsSmall(Recovery recovery) => recovery.TrueValue is > 0 and < 5;

    private static IEnumerable<IndicatorValue> ShareRowsOfOneMunicipality(string id, long[] numerators, long[] denominators)
    {
        var cells = new long[1, numerators.Length];
        var dens = new long[1, denominators.Length];
        for (var t = 0; t < numerators.Length; t++)
        {
            cells[0, t] = numerators[t];
            dens[0, t] = denominators[t];
        }

        return MarginTables.Shares(cells, dens, id: id).Where(v => v.Level is "municipality_x_target_group" or "municipality");
    }
}
