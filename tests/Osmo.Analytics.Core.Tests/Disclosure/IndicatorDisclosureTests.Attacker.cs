using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Core.Tests.Disclosure;

/// <summary>The attacker of spec/outputs.md against many random published tables: it must recover nothing.</summary>
public sealed partial class IndicatorDisclosureTests
{
    private static readonly string[] TwoCounties = ["01", "02"];

    [TestMethod]
    public void Suppress_RandomCountTables_AttackerRecoversNothing()
    {
        var random = new Random(20251001);
        for (var i = 0; i < 500; i++)
        {
            var cells = RandomCells(random, 12);
            var table = MarginTables.Counts(cells, RandomCounties(random, cells.GetLength(0)));
            AssertSafe(table, $"count table {i}");
        }
    }

    [TestMethod]
    public void Suppress_RandomShareTables_AttackerRecoversNothing()
    {
        var random = new Random(20251002);
        for (var i = 0; i < 250; i++)
        {
            var denominators = RandomCells(random, 12);
            var numerators = new long[denominators.GetLength(0), denominators.GetLength(1)];
            for (var m = 0; m < numerators.GetLength(0); m++)
            {
                for (var t = 0; t < numerators.GetLength(1); t++)
                {
                    numerators[m, t] = random.Next(0, (int)denominators[m, t] + 1);
                }
            }

            var table = MarginTables.Shares(numerators, denominators, RandomCounties(random, numerators.GetLength(0)));
            AssertSafe(table, $"share table {i}");
        }
    }

    [TestMethod]
    public void Suppress_RandomMonthTables_AttackerRecoversNothing()
    {
        // 12 months and their r12 of a flow, two municipalities x three target groups with all margins.
        var random = new Random(20251003);
        for (var i = 0; i < 20; i++)
        {
            var months = Enumerable.Range(0, 12).Select(_ => RandomCells(random, 12, municipalities: 2, groups: 3)).ToList();
            var r12 = new long[2, 3];
            var table = new List<IndicatorValue>();
            for (var k = 0; k < 12; k++)
            {
                table.AddRange(MarginTables.Counts(months[k], window: "month", period: MarginTables.October.AddMonths(k - 11)));
                for (var m = 0; m < 2; m++)
                {
                    for (var t = 0; t < 3; t++)
                    {
                        r12[m, t] += months[k][m, t];
                    }
                }
            }

            table.AddRange(MarginTables.Counts(r12));
            AssertSafe(table, $"month table {i}");
        }
    }

    [TestMethod]
    public void Suppress_LargeMonthTable_NothingRecoveredBySubtraction()
    {
        // 20 municipalities x 6 target groups x (12 months + r12) of a flow with mostly small monthly counts: the
        // suppressed cells tie together into sets too large to solve whole, which the audit then solves table by
        // table. Too big for the attacker's full search; single subtraction along every hierarchy must still fail.
        var random = new Random(20251005);
        var months = Enumerable.Range(0, 12).Select(_ => RandomCells(random, 8, municipalities: 20, groups: 6)).ToList();
        var r12 = new long[20, 6];
        var table = new List<IndicatorValue>();
        for (var k = 0; k < 12; k++)
        {
            table.AddRange(MarginTables.Counts(months[k], window: "month", period: MarginTables.October.AddMonths(k - 11)));
            for (var m = 0; m < 20; m++)
            {
                for (var t = 0; t < 6; t++)
                {
                    r12[m, t] += months[k][m, t];
                }
            }
        }

        table.AddRange(MarginTables.Counts(r12));
        var restricted = IndicatorDisclosure.Restrict(table, Defaults);
        var attacker = new TableAttacker(table, [.. restricted.Select(r => r.IsSuppressed)], 5, MonthAdditivity.IsAdditiveOverMonths);

        attacker.UnknownCount.Should().BeGreaterThan(400);
        attacker.BySubtraction().Should().BeEmpty();
    }

    [TestMethod]
    public void Suppress_RandomCountTables_KeepPrimaryMarksAndShowMostCells()
    {
        // Secondary suppression only adds marks; and a sanity bound on the loss: on tables with counts 0..12 most
        // cells stay shown (a pass that hid everything would also defeat the attacker).
        var random = new Random(20251004);
        int shown = 0, total = 0;
        for (var i = 0; i < 200; i++)
        {
            var cells = RandomCells(random, 30);
            var table = MarginTables.Counts(cells, RandomCounties(random, cells.GetLength(0)));
            var published = IndicatorDisclosure.Suppress(table, Defaults);
            for (var r = 0; r < table.Count; r++)
            {
                if (PrimarySuppression.IsSuppressed(table[r], IndicatorMeasure.Count, 5))
                {
                    published[r].IsSuppressed.Should().BeTrue();
                }

                shown += published[r].IsSuppressed ? 0 : 1;
                total++;
            }
        }

        ((double)shown / total).Should().BeGreaterThan(0.5);
    }

    private static void AssertSafe(List<IndicatorValue> table, string because)
    {
        var restricted = IndicatorDisclosure.Restrict(table, Defaults);
        var attacker = new TableAttacker(table, [.. restricted.Select(r => r.IsSuppressed)], 5, MonthAdditivity.IsAdditiveOverMonths);

        attacker.BySubtraction().Should().BeEmpty(because);
        attacker.ByCombination().Should().BeEmpty(because);
    }

    private static long[,] RandomCells(Random random, int maxCount, int? municipalities = null, int? groups = null)
    {
        var cells = new long[municipalities ?? random.Next(2, 5), groups ?? random.Next(2, 6)];
        for (var m = 0; m < cells.GetLength(0); m++)
        {
            for (var t = 0; t < cells.GetLength(1); t++)
            {
                // A third of the cells empty: zeros are common in small municipalities and must be handled.
                cells[m, t] = random.Next(3) == 0 ? 0 : random.Next(1, maxCount + 1);
            }
        }

        return cells;
    }

    private static string[] RandomCounties(Random random, int municipalities) =>
        [.. Enumerable.Range(0, municipalities).Select(m => m == 0 ? "01" : TwoCounties[random.Next(2)])];
}
