namespace Osmo.Analytics.IO.Tests.Sources;

public sealed partial class CsvSourceTests
{
    [TestMethod]
    public void Records_CellEqualToPreviousRowsSameColumn_SharesTheStringAndKeepsText()
    {
        using var folder = new TempFolder();
        // Two domain rows of one measurement, then another measurement; quoted and unquoted spellings of M1 alike.
        var path = folder.WriteText("meters.csv", "measurement_id,domain,score\nM1,health,6\n\"M1\",coping,7\nM2,health,6\n");

        var records = ReadAll(path, out _);

        ShouldBe(records[0], 2, "M1", "health", "6");
        ShouldBe(records[1], 3, "M1", "coping", "7");
        ShouldBe(records[2], 4, "M2", "health", "6");
        ReferenceEquals(records[0].Cells[0], records[1].Cells[0]).Should().BeTrue("equal ids down a column share one string");
        ReferenceEquals(records[1].Cells[1], records[2].Cells[1]).Should().BeFalse("coping and health are different texts");
        ReferenceEquals(records[0].Cells[2], records[1].Cells[2]).Should().BeFalse("6 and 7 differ");
    }

    [TestMethod]
    public void Records_SameTextInAnotherColumn_NotConfusedWithIt()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("t.csv", "a,b\nx,y\ny,x\n");

        var records = ReadAll(path, out _);

        ShouldBe(records[0], 2, "x", "y");
        ShouldBe(records[1], 3, "y", "x");
    }
}
