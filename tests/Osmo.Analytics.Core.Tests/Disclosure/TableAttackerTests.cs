namespace Osmo.Analytics.Core.Tests.Disclosure;

/// <summary>The attacker must be able to break weak patterns, or its failing on the real ones proves nothing.</summary>
[TestClass]
public sealed class TableAttackerTests
{
    private static TableAttacker Attack(List<Osmo.Analytics.Indicators.IndicatorValue> table, params string[] suppressedLabels)
    {
        bool IsSuppressed(Osmo.Analytics.Indicators.IndicatorValue v) =>
            suppressedLabels.Contains(v.Level == "municipality_x_target_group" ? $"{v.MunicipalityCode} {v.TargetGroup}" : $"{v.Level} {v.MunicipalityCode ?? v.TargetGroup}");

        return new TableAttacker(table, [.. table.Select(IsSuppressed)], 5, id => id == "new_cases");
    }

    [TestMethod]
    public void BySubtraction_PrimaryOnly_RecoversTheLoneSmallCell()
    {
        // 7 + 2 + 9 = 18 with only the 2 hidden: 18 - 7 - 9.
        var attacker = Attack(MarginTables.OneMunicipality(7, 2, 9), "001 tg2");

        attacker.BySubtraction().Should().ContainSingle().Which.Should().Be(new Recovery(1, "count", 2, "subtraction"));
        attacker.ByCombination().Should().ContainSingle().Which.How.Should().Be("pinned");
    }

    [TestMethod]
    public void ByCombination_TwoRectanglesJoinedByABridge_PinsTheBridge()
    {
        // Rows 001/002 x tg1/tg2 and 003/004 x tg3/tg4 are hidden rectangles; 002 tg3 joins them. Every row and
        // column holds two or more hidden cells, yet rows 001 + 002 minus columns tg1 + tg2 leave 002 tg3 alone.
        var cells = new long[,]
        {
            { 6, 7, 20, 20 },
            { 8, 9, 5, 20 },
            { 20, 20, 6, 7 },
            { 20, 20, 8, 9 },
        };
        var attacker = Attack(MarginTables.Counts(cells), "001 tg1", "001 tg2", "002 tg1", "002 tg2", "002 tg3", "003 tg3", "003 tg4", "004 tg3", "004 tg4");

        attacker.BySubtraction().Should().BeEmpty();
        attacker.ByCombination().Should().ContainSingle().Which.Should().Be(new Recovery(7, "count", 5, "pinned"));
    }

    [TestMethod]
    public void ByCombination_RectangleOfSmallCells_ConfinesTheLargestToSmallValues()
    {
        // a + b = 4, c + d = 2, a + c = 4, b + d = 2 with a = 3, b = c = d = 1: a = 2 + d lies in 2..4.
        var attacker = Attack(MarginTables.Counts(new long[,] { { 3, 1, 20 }, { 1, 1, 30 }, { 10, 10, 10 } }), "001 tg1", "001 tg2", "002 tg1", "002 tg2");

        attacker.BySubtraction().Should().BeEmpty();
        attacker.ByCombination().Should().ContainSingle().Which.Should().Be(new Recovery(0, "count", 3, "small"));
    }

    [TestMethod]
    public void ByCombination_TwoHiddenCellsInARow_RecoversNothing()
    {
        var attacker = Attack(MarginTables.OneMunicipality(7, 2, 9), "001 tg1", "001 tg2");

        attacker.BySubtraction().Should().BeEmpty();
        attacker.ByCombination().Should().BeEmpty();
    }

    [TestMethod]
    public void BySubtraction_HiddenMonthOfFlow_RecoveredFromR12()
    {
        var table = Enumerable.Range(0, 12)
            .Select(k => MarginTables.Cell("all", null, null, null, k == 4 ? 2 : 10, window: "month", period: MarginTables.October.AddMonths(k - 11)))
            .Append(MarginTables.Cell("all", null, null, null, 112))
            .ToList();
        var suppressed = table.Select(v => v.Numerator == 2).ToArray();

        new TableAttacker(table, suppressed, 5, id => id == "new_cases").BySubtraction().Should().ContainSingle();
        new TableAttacker(table, suppressed, 5, _ => false).BySubtraction().Should().BeEmpty();
    }
}
