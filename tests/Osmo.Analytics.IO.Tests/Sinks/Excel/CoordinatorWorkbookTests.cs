using System.IO.Compression;
using ClosedXML.Excel;
using Osmo.Analytics.IO.Sinks.Excel;
using Osmo.Analytics.IO.Tests.Sinks.Parquet;

namespace Osmo.Analytics.IO.Tests.Sinks.Excel;

[TestClass]
public sealed partial class CoordinatorWorkbookTests
{
    private static readonly string[] ExpectedSheets =
        ["Yhteenveto", "Indikaattorit", "Kunnat x kohderyhmät", "Liput", "Ryhmät", "Laatu", "Määritelmät", "Selite"];

    [TestMethod]
    public void FileName_October2025_IsOsmoDashYearDashMonth() =>
        CoordinatorWorkbook.FileName(new DateOnly(2025, 10, 1)).Should().Be("osmo-2025-10.xlsx");

    [TestMethod]
    public void Write_Sample_HasTheFinnishSheetsInOrder()
    {
        using var workbook = WorkbookReader.Open(WorkbookReader.WriteBytes(WorkbookSample.Results()));

        workbook.Worksheets.Select(s => s.Name).Should().Equal(ExpectedSheets);
    }

    [TestMethod]
    public void Write_EverySheet_FreezesTheHeaderRowAndFiltersFromA1()
    {
        using var workbook = WorkbookReader.Open(WorkbookReader.WriteBytes(WorkbookSample.Results()));

        foreach (var sheet in workbook.Worksheets)
        {
            sheet.SheetView.SplitRow.Should().Be(1, $"{sheet.Name} freezes row 1");
            sheet.SheetView.SplitColumn.Should().Be(0, $"{sheet.Name} freezes no column");
            sheet.AutoFilter.IsEnabled.Should().BeTrue($"{sheet.Name} has an auto-filter");
            var range = sheet.AutoFilter.Range.RangeAddress;
            range.FirstAddress.ToString().Should().Be("A1", $"{sheet.Name} filters from the header");
            range.LastAddress.RowNumber.Should().Be(sheet.LastRowUsed().RowNumber(), $"{sheet.Name} filters every data row");
            range.LastAddress.ColumnNumber.Should().Be(sheet.LastColumnUsed().ColumnNumber(), $"{sheet.Name} filters every column");
        }
    }

    [TestMethod]
    public void Write_EverySheet_HasBoldFinnishHeadersAndExplicitWidths()
    {
        var bytes = WorkbookReader.WriteBytes(WorkbookSample.Results());
        using var workbook = WorkbookReader.Open(bytes);

        foreach (var sheet in workbook.Worksheets)
        {
            var last = sheet.LastColumnUsed().ColumnNumber();
            for (var c = 1; c <= last; c++)
            {
                var header = sheet.Cell(1, c);
                header.GetString().Should().NotBeNullOrWhiteSpace($"{sheet.Name} column {c} has a header");
                header.Style.Font.Bold.Should().BeTrue();
                sheet.Column(c).Width.Should().BeGreaterThan(0).And.NotBe(sheet.ColumnWidth, $"{sheet.Name} column {c} has its own width");
            }
        }

        // Independently of ClosedXML: every used column has <col ... customWidth="1"> in the sheet XML.
        foreach (var (name, xml) in WorkbookReader.Parts(bytes).Where(p => p.Key.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)))
        {
            xml.Should().Contain("customWidth=\"1\"", $"{name} sets column widths");
        }
    }

    [TestMethod]
    public void Write_SameResultsTwice_IsByteIdentical()
    {
        var results = WorkbookSample.Results();

        var first = WorkbookReader.WriteBytes(results);
        var second = WorkbookReader.WriteBytes(WorkbookSample.Results());

        second.Should().Equal(first);
    }

    [TestMethod]
    public void Write_ToPathTwice_IsByteIdentical()
    {
        using var dir = new TempDirectory();
        var a = dir.File("a.xlsx");
        var b = dir.File("b.xlsx");

        CoordinatorWorkbook.Write(a, WorkbookSample.Results());
        CoordinatorWorkbook.Write(b, WorkbookSample.Results());

        File.ReadAllBytes(b).Should().Equal(File.ReadAllBytes(a));
    }

    [TestMethod]
    public void Write_Package_HasFixedTimesAndNoGuidParts()
    {
        var bytes = WorkbookReader.WriteBytes(WorkbookSample.Results());

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        zip.Entries.Should().OnlyContain(e => e.LastWriteTime.DateTime == new DateTime(2025, 10, 1));
        zip.Entries.Select(e => e.FullName).Should().Contain("docProps/core.xml").And.NotContain(n => n.EndsWith(".psmdcp", StringComparison.Ordinal));

        var parts = WorkbookReader.Parts(bytes);
        parts["docProps/core.xml"].Should().Contain("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2025-10-01T00:00:00Z</dcterms:created>");
        parts["_rels/.rels"].Should().Contain("Target=\"/docProps/core.xml\"").And.Contain("Id=\"rId1\"").And.NotMatchRegex("Id=\"R[0-9a-f]{16}\"");
        parts["[Content_Types].xml"].Should().Contain("PartName=\"/docProps/core.xml\"");
    }

    [TestMethod]
    public void Write_ReadBack_CorePropertiesAreThePeriod()
    {
        using var workbook = WorkbookReader.Open(WorkbookReader.WriteBytes(WorkbookSample.Results()));

        workbook.Properties.Title.Should().Be("OSMO-tunnusluvut 10/2025");
        workbook.Properties.Created.ToUniversalTime().Should().Be(new DateTime(2025, 10, 1, 0, 0, 0, DateTimeKind.Utc));
    }
}
