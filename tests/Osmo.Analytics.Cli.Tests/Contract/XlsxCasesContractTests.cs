using ClosedXML.Excel;
using Osmo.Analytics.Cli.Tests.EndToEnd;

namespace Osmo.Analytics.Cli.Tests.Contract;

/// <summary>A cases export saved from Excel: typed cells (real dates, numbers, booleans), a municipality typed as the
/// number 5 (Excel dropped the zeros of 005), an empty worksheet row, English headers in odd spellings.</summary>
[TestClass]
public sealed class XlsxCasesContractTests
{
    private static readonly Lazy<ContractRun> Shared = new(() =>
    {
        var input = Path.Combine(CliRunner.TempDir(), "xlsx");
        Directory.CreateDirectory(input);
        WriteCases(Path.Combine(input, "cases.xlsx"));
        return ContractRun.Validate(input);
    });

    private static void WriteCases(string path)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Asiakkuudet");
        void Row(int row, params object[] cells)
        {
            for (var c = 0; c < cells.Length; c++)
            {
                XlsxCells.Set(sheet.Cell(row, c + 1), cells[c]);
            }
        }

        Row(1, " Case_ID ", "client id", "MUNICIPALITY", "target-group", "Opened On", "first_contact_channel", "special_support_need", "participation_level", "closed_on", "closure_reason");
        Row(2, "C1", "K1", 5, "young_adults", new DateTime(2025, 2, 1), "office", true, 3);
        Row(3, "C2", "K2", 10, "housing", new DateTime(2025, 3, 4, 14, 30, 0), "digital", false);
        // Row 4 is left empty.
        Row(5, "C3", "K3", "005", "housing", new DateTime(2025, 11, 6), "office");
        Row(6, "C4", "K4", 743, "housing", new DateTime(2025, 5, 1), "office", string.Empty, string.Empty, new DateTime(2025, 4, 1), "goals_met");
        Row(7, "C5", "K5", 999, "housing", new DateTime(2025, 5, 1), "office");
        Row(8, "C6", "K6", "Ähtäri", "housing", "2025-05-01", "office");
        Row(9, "C7", "K7", 743, "housing", 45000, "office");
        Row(10, "C8", "K8", 52, "housing", new DateTime(2025, 5, 1), "outreach", "kyllä", 4.0);
        Row(11, "C9", "K9", 743, "housing", new DateTime(2025, 5, 1), "office", string.Empty, 2.5);
        workbook.SaveAs(path);
    }

    [TestMethod]
    public void Validate_XlsxCases_QuarantinesByWorksheetRowNumber()
    {
        Shared.Value.QuarantineOf("cases.xlsx").Should().Equal(
            (5, "future_date", "opened_on"),       // date cell 2025-11-06; municipality text 005 is fine
            (6, "date_order", "closed_on"),        // date cells: closed 2025-04-01 < opened 2025-05-01
            (7, "unknown_code", "municipality"),   // number 999
            (9, "bad_value", "opened_on"),         // the number 45000 without a date format is not a date
            (11, "bad_value", "participation_level")); // 2.5
    }

    [TestMethod]
    public void Validate_XlsxCases_CountsReconcileAndNumericMunicipalitiesArePadded()
    {
        var run = Shared.Value;
        var report = run.Input("cases.xlsx");

        run.ExitCode.Should().Be(0, run.Console);
        // Accepted: row 2 (number 5 = 005 Alajärvi, boolean cell, number 3), row 3 (number 10 = 010 Alavus, a date
        // with a time of day), row 8 (ISO date as text), row 10 (number 52 = 052 Evijärvi, 4.0 = level 4).
        report.RowsAccepted.Should().Be(4);
        report.RowsRead.Should().Be(9).And.Be(report.RowsAccepted + report.RowsQuarantined);
        report.QuarantinedByReason.Should().BeEquivalentTo(ContractRun.ByReason(
            ("bad_value", 2), ("unknown_code", 1), ("future_date", 1), ("date_order", 1)));
        report.Encoding.Should().Be("xlsx");
        report.Delimiter.Should().BeNull();
        report.UnknownColumns.Should().BeEmpty();
    }

    [TestMethod]
    public void Validate_XlsxDateCells_QuotedAsIsoDatesInDetails()
    {
        var detail = Shared.Value.Quarantine.Single(q => q.Line == 6).Detail;

        detail.Should().Contain("2025-04-01").And.Contain("2025-05-01");
    }
}
