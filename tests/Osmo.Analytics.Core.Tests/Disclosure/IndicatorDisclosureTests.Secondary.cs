using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Core.Tests.Disclosure;

/// <summary>Secondary suppression on hand-worked tables: which cells, and no more than needed.</summary>
public sealed partial class IndicatorDisclosureTests
{
    private static string Label(IndicatorValue v) => v.Level switch
    {
        "municipality_x_target_group" => $"{v.MunicipalityCode} {v.TargetGroup}",
        "municipality" => v.MunicipalityCode!,
        "county_x_target_group" => $"county {v.WellbeingCounty} {v.TargetGroup}",
        "county" => $"county {v.WellbeingCounty}",
        _ => v.Level,
    } + (v.Window == "month" ? $" {v.Period:yyyy-MM}" : string.Empty);

    private static string[] SuppressedLabels(IReadOnlyList<IndicatorValue> table, Func<string, bool>? additive = null)
    {
        var published = IndicatorDisclosure.Suppress(table, Defaults, IndicatorMeasures.Classify, additive ?? MonthAdditivity.IsAdditiveOverMonths);
        return [.. table.Where((_, i) => published[i].IsSuppressed).Select(Label).Order(StringComparer.Ordinal)];
    }

    [TestMethod]
    public void Suppress_OneSmallTargetGroup_SuppressesItAndTheSmallestOtherPartOnly()
    {
        // 7 + 2 + 9 = 18: the 2 alone would be 18 - 7 - 9. The smallest other part, 7, goes with it; the total stays.
        var table = MarginTables.OneMunicipality(7, 2, 9);

        SuppressedLabels(table).Should().Equal("001 tg1", "001 tg2");
        AssertSafe(table, "neither the 2 nor the 7 can be recovered");
    }

    [TestMethod]
    public void Suppress_NoSmallCell_SuppressesNothing()
    {
        var table = MarginTables.Counts(new long[,] { { 7, 12, 9 }, { 0, 25, 5 } });

        SuppressedLabels(table).Should().BeEmpty();
    }

    [TestMethod]
    public void Suppress_ZeroNeighbour_TakesTheSmallestNonZeroPartInstead()
    {
        // 2 + 0 + 8 = 10: hiding the public zero would protect nothing; the 8 is taken.
        var table = MarginTables.OneMunicipality(2, 0, 8);

        SuppressedLabels(table).Should().Equal("001 tg1", "001 tg3");
        AssertSafe(table, "the 0 is public, 2 + 8 = 10 is all that is known");
    }

    [TestMethod]
    public void Suppress_OnlyZeroPartsLeft_SuppressesTheTotal()
    {
        // Sessions without a target group count in the municipality only: parts 3 and 0, total 8. With the 0 public
        // and the total shown, 3 would be "known" to an attacker assuming additivity; only the total is left to hide.
        IndicatorValue[] table =
        [
            MarginTables.Cell("municipality_x_target_group", "01", "001", "tg1", 3),
            MarginTables.Cell("municipality_x_target_group", "01", "001", "tg2", 0),
            MarginTables.Cell("municipality", "01", "001", null, 8),
        ];

        SuppressedLabels(table).Should().Equal("001", "001 tg1");
    }

    [TestMethod]
    public void Suppress_TotalOverZeroParts_IsNotChasedIntoTheMargins()
    {
        // A distinct count: municipality 001 has 1 client in no target group (parts 0 and 0), so the county (31) is one
        // more than its target groups (10 + 20). Subtraction: the 1 goes with 002 (30), which takes 002 tg1 (10), which
        // takes county tg1 (10, its other part is 0), which takes county tg2 (20), which takes 002 tg2 (20). The audit
        // then must not take 001 = 0 + 0 as an exact equation pinning it at 1 (nobody knows it is off by 1): 001 can be
        // anything from 0 to 31 with 002 = 31 - 001, so the county and the whole country stay shown.
        IndicatorValue[] table =
        [
            MarginTables.Cell("municipality_x_target_group", "01", "001", "tg1", 0),
            MarginTables.Cell("municipality_x_target_group", "01", "001", "tg2", 0),
            MarginTables.Cell("municipality_x_target_group", "01", "002", "tg1", 10),
            MarginTables.Cell("municipality_x_target_group", "01", "002", "tg2", 20),
            MarginTables.Cell("municipality", "01", "001", null, 1),
            MarginTables.Cell("municipality", "01", "002", null, 30),
            MarginTables.Cell("county_x_target_group", "01", null, "tg1", 10),
            MarginTables.Cell("county_x_target_group", "01", null, "tg2", 20),
            MarginTables.Cell("county", "01", null, null, 31),
            MarginTables.Cell("all", null, null, null, 31),
        ];

        SuppressedLabels(table).Should().Equal("001", "002", "002 tg1", "002 tg2", "county 01 tg1", "county 01 tg2");
    }

    [TestMethod]
    public void Suppress_SmallCellInCountyTable_ProtectsRowsAndColumnsTogether()
    {
        // Municipality 001: 2 | 10 (12), 002: 20 | 30 (50); county by group 22 | 40, county 62.
        // Row 001 takes the 10, column tg1 the 20, then row 002 and column tg2 agree on the 30: a 2 x 2 rectangle,
        // all margins shown.
        var table = MarginTables.Counts(new long[,] { { 2, 10 }, { 20, 30 } });

        SuppressedLabels(table).Should().Equal("001 tg1", "001 tg2", "002 tg1", "002 tg2");
    }

    [TestMethod]
    public void Suppress_RectangleOfSmallCells_AddsPartnersAgainstLinearCombination()
    {
        // 001: 3 1 20 (24); 002: 1 1 30 (32); 003: 10 10 10 (30); by group 14 21 60.
        // Every row and column already has two suppressed cells, yet with a = 001 tg1:
        // a + b = 4 (row 001), c + d = 2 (row 002), a + c = 4 (tg1), b + d = 2 (tg2) => a = 2 + d, so 2 <= a <= 4.
        // The audit adds the smallest part next to a, 003 tg1 (10), and the subtraction rule its row partner
        // 003 tg2 (10, the key breaks the tie with tg3). Then a can be 0 (b = 4, c = 0, d = 2, 003: 14 | 6).
        var table = MarginTables.Counts(new long[,] { { 3, 1, 20 }, { 1, 1, 30 }, { 10, 10, 10 } });

        SuppressedLabels(table).Should().Equal("001 tg1", "001 tg2", "002 tg1", "002 tg2", "003 tg1", "003 tg2");
        AssertSafe(table, "the audit broke the rectangle's confinement");
    }

    [TestMethod]
    public void Suppress_SmallMonthOfFlow_SuppressesTheSmallestOtherMonth()
    {
        // New cases by month Nov 2024..Oct 2025, r12 = 128: the 3 (Jan) would be 128 minus the rest; the 6 (Aug) joins it.
        var table = Months("new_cases", [12, 9, 3, 15, 11, 8, 20, 7, 14, 6, 13, 10], 128);

        SuppressedLabels(table).Should().Equal("all 2025-01", "all 2025-08");
        AssertSafe(table, "3 + 6 = 9 is all that r12 tells");
    }

    [TestMethod]
    public void Suppress_SmallMonthOfStock_SuppressesOnlyIt()
    {
        // Active clients do not add over months: the r12 total is no sum of the months and protects nothing.
        var table = Months("active_clients", [12, 9, 3, 15, 11, 8, 20, 7, 14, 6, 13, 10], 40);

        SuppressedLabels(table).Should().Equal("all 2025-01");
    }

    [TestMethod]
    public void Suppress_ShareWithSmallComplement_ProtectsNumeratorDenominatorAndComplement()
    {
        // 10/20, 8/10 (complement 2), 15/30; municipality 33/60. The 8/10 goes; the smallest other numerator (10)
        // brings its row, which also pairs the denominators (20 and 10) and the complements (10 and 2).
        var numerators = new long[,] { { 10, 8, 15 } };
        var denominators = new long[,] { { 20, 10, 30 } };
        var table = MarginTables.Shares(numerators, denominators).Where(v => v.Level.StartsWith("municipality", StringComparison.Ordinal)).ToList();

        SuppressedLabels(table).Should().Equal("001 tg1", "001 tg2");
    }

    [TestMethod]
    public void Suppress_PeerGroupRows_TakeNoPartInMargins()
    {
        IndicatorValue[] table =
        [
            MarginTables.Cell("peer_group", null, null, null, 3),
            MarginTables.Cell("peer_group", null, null, null, 30, window: "month"),
        ];

        SuppressedLabels(table).Should().Equal("peer_group");
    }

    [TestMethod]
    public void Suppress_DuplicateKey_IsRejected()
    {
        IndicatorValue[] table = [MarginTables.Cell("municipality", "01", "001", null, 3), MarginTables.Cell("municipality", "01", "001", null, 7)];

        var act = () => IndicatorDisclosure.Suppress(table, Defaults);

        act.Should().Throw<ArgumentException>().WithMessage("*same key*");
    }

    [TestMethod]
    public void Restrict_MarksTheSameCellsAsSuppress()
    {
        var table = MarginTables.Counts(new long[,] { { 3, 1, 20 }, { 1, 1, 30 }, { 10, 10, 10 } });

        var restricted = IndicatorDisclosure.Restrict(table, Defaults).Select(r => r.IsSuppressed);

        restricted.Should().Equal(IndicatorDisclosure.Suppress(table, Defaults).Select(p => p.IsSuppressed));
    }

    private static List<IndicatorValue> Months(string id, long[] months, long r12)
    {
        var rows = months.Select((count, k) => MarginTables.Cell("all", null, null, null, count, id, "month", MarginTables.October.AddMonths(k - 11))).ToList();
        rows.Add(MarginTables.Cell("all", null, null, null, r12, id, "r12"));
        return rows;
    }
}
