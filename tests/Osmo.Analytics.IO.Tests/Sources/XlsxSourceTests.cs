using ClosedXML.Excel;
using Osmo.Analytics.IO.Sources;
using Osmo.Analytics.Model;

namespace Osmo.Analytics.IO.Tests.Sources;

[TestClass]
public sealed partial class XlsxSourceTests
{
    private static List<SourceRecord> ReadAll(string path, out XlsxSource source)
    {
        source = XlsxSource.Open(path);
        using (source)
        {
            return source.Records.ToList();
        }
    }

    /// <summary>A workbook as a coordinator's Excel would hold it: typed cells, gaps, a formula, a second sheet.</summary>
    private static string WriteTypedWorkbook(TempFolder folder)
    {
        var path = folder.File("Issue_typed_cells.xlsx");
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("cases");
        string[] header = ["case_id", "opened_on", "score", "experience_expert", "double_score", "municipality", "note"];
        for (var c = 0; c < header.Length; c++)
        {
            sheet.Cell(2, c + 1).Value = header[c];
        }

        // Row 1 is left empty: the header is the first non-empty row (2).
        sheet.Cell(3, 1).Value = "C-1";
        sheet.Cell(3, 2).Value = new DateTime(2025, 2, 3);
        sheet.Cell(3, 3).Value = 7.5;
        sheet.Cell(3, 4).Value = true;
        sheet.Cell(3, 5).FormulaA1 = "C3*2";
        sheet.Cell(3, 6).SetValue("005").SetDataType(XLDataType.Text);
        sheet.Cell(3, 7).Value = "Seinäjoki";

        // Row 4 empty, skipped. Row 5 sparse: A, C and F only.
        sheet.Cell(5, 1).Value = "C-2";
        sheet.Cell(5, 3).Value = 5;
        sheet.Cell(5, 6).Value = 5;

        // Row 6: a date with a time of day in a custom Finnish format, and text past the header's last column.
        sheet.Cell(6, 1).Value = "C-3";
        sheet.Cell(6, 2).Value = new DateTime(2024, 12, 31, 18, 30, 0);
        sheet.Cell(6, 2).Style.DateFormat.Format = "d.m.yyyy h:mm";
        sheet.Cell(6, 9).Value = "stray";

        workbook.AddWorksheet("notes").Cell(1, 1).Value = "not read";
        workbook.SaveAs(path, new SaveOptions { EvaluateFormulasBeforeSaving = true });
        return path;
    }

    [TestMethod]
    public void Open_TypedWorkbook_HeaderFromFirstNonEmptyRow()
    {
        using var folder = new TempFolder();
        var path = WriteTypedWorkbook(folder);

        using var source = XlsxSource.Open(path);

        source.Header.Should().Equal("case_id", "opened_on", "score", "experience_expert", "double_score", "municipality", "note");
        source.HeaderLine.Should().Be(2);
        source.Encoding.Should().Be("xlsx");
        source.Delimiter.Should().BeNull();
    }

    [TestMethod]
    public void Records_TypedWorkbook_CellsAsInvariantTextWithRowNumbers()
    {
        using var folder = new TempFolder();
        var path = WriteTypedWorkbook(folder);

        var records = ReadAll(path, out _);

        records.Should().HaveCount(3);
        records[0].Line.Should().Be(3);
        // 7.5 * 2 = 15: the formula's cached value, an integer without ".0".
        records[0].Cells.Should().Equal("C-1", "2025-02-03", "7.5", "true", "15", "005", "Seinäjoki");
        records[0].Malformed.Should().BeNull();

        records[1].Line.Should().Be(5);
        records[1].Cells.Should().Equal("C-2", "", "5", "", "", "5", "");
        records[1].Malformed.Should().BeNull();

        records[2].Line.Should().Be(6);
        records[2].Cells.Should().Equal("C-3", "2024-12-31", "", "", "", "", "", "", "stray");
        records[2].Malformed.Should().Be("row has 9 cells, the header has 7");
    }

    [TestMethod]
    public void Open_NotAZipFile_ThrowsSourceFileExceptionNamingFile()
    {
        using var folder = new TempFolder();
        var path = folder.WriteText("cases.xlsx", "case_id;client_id\n1;2\n");

        var act = () => XlsxSource.Open(path);

        act.Should().Throw<SourceFileException>().WithMessage("*'cases.xlsx' is not a readable .xlsx workbook*");
    }

    [TestMethod]
    public void Open_ZeroByteFile_ThrowsSourceFileException()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("cases.xlsx", []);

        var act = () => XlsxSource.Open(path);

        act.Should().Throw<SourceFileException>().WithMessage("*'cases.xlsx' is not a readable .xlsx workbook*");
    }

    [TestMethod]
    public void Open_ZipWithoutWorkbook_ThrowsSourceFileException()
    {
        using var folder = new TempFolder();
        var path = folder.File("cases.xlsx");
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("not a workbook");
        }

        var act = () => XlsxSource.Open(path);

        act.Should().Throw<SourceFileException>().WithMessage("*'cases.xlsx' is not a readable .xlsx workbook*");
    }

    [TestMethod]
    public void Open_EmptyWorksheet_ThrowsSourceFileException()
    {
        using var folder = new TempFolder();
        var path = folder.File("meters.xlsx");
        using (var workbook = new XLWorkbook())
        {
            workbook.AddWorksheet("empty");
            workbook.SaveAs(path);
        }

        var act = () => XlsxSource.Open(path);

        act.Should().Throw<SourceFileException>().WithMessage("*'meters.xlsx' has an empty first worksheet*");
    }
}
