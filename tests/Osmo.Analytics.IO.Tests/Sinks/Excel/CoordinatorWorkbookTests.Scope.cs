using Osmo.Analytics.IO.Sinks.Excel;

namespace Osmo.Analytics.IO.Tests.Sinks.Excel;

public sealed partial class CoordinatorWorkbookTests
{
    // The sample has 12 October rows: 11 r12 (4 of them municipality x target group) and 1 month row.
    [TestMethod]
    [DataRow(12, 12, "Kaikki tasot")]
    [DataRow(8, 8, "vain kunta ja sitä ylemmät tasot, kuukausi ja 12 kk")]
    [DataRow(7, 7, "vain kunta ja sitä ylemmät tasot ja 12 kk:n jakso")]
    [DataRow(3, 3, "vain osa")]
    public void Write_RowLimit_DropsTargetGroupsThenMonthsThenCutsAndSaysSo(int maxRows, int expectedRows, string legend)
    {
        using var stream = new MemoryStream();
        CoordinatorWorkbook.Write(stream, WorkbookSample.Results(), new CoordinatorWorkbookOptions { MaxIndicatorRows = maxRows });
        using var workbook = WorkbookReader.Open(stream.ToArray());

        var sheet = workbook.Worksheet("Indikaattorit");
        (sheet.LastRowUsed().RowNumber() - 1).Should().Be(expectedRows);
        var levels = sheet.Column(WorkbookReader.Column(sheet, "Taso")).CellsUsed().Skip(1).Select(c => c.GetString()).ToList();
        if (maxRows < 12)
        {
            levels.Should().NotContain("kunta x kohderyhmä");
        }

        if (maxRows < 8)
        {
            sheet.Column(WorkbookReader.Column(sheet, "Jakso")).CellsUsed().Skip(1).Select(c => c.GetString()).Should().OnlyContain(w => w == "12 kk");
        }

        var legendSheet = workbook.Worksheet("Selite");
        WorkbookReader.Cell(legendSheet, WorkbookReader.Row(legendSheet, ("Merkintä", "Indikaattorit-välilehti")), "Selitys")
            .GetString().Should().Contain(legend);

        // The pivot keeps the target-group values whatever the long sheet holds.
        var pivot = workbook.Worksheet("Kunnat x kohderyhmät");
        WorkbookReader.Cell(pivot, WorkbookReader.Row(pivot, ("Kuntakoodi", "010"), ("Tunnus", "client_plan_pct")), "nuoret aikuiset (18-29)")
            .GetDouble().Should().Be(40.0);
    }
}
