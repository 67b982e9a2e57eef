using System.IO.Compression;
using System.Text;
using Osmo.Analytics.IO.Sources;

namespace Osmo.Analytics.IO.Tests.Sources;

public sealed partial class XlsxSourceTests
{
    private const string SheetNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Writes a minimal XLSX package by hand, for XML shapes that ClosedXML never writes.</summary>
    private static string WritePackage(TempFolder folder, string name, string sheetData, string sharedStrings, string numFmts, string cellXfs, bool date1904 = false)
    {
        var path = folder.File(name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Add(string entry, string xml)
        {
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open(), new UTF8Encoding(false));
            writer.Write(xml);
        }

        Add("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
            <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
            </Types>
            """);
        Add("_rels/.rels", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="{RelNs}/officeDocument" Target="xl/workbook.xml"/>
            </Relationships>
            """);
        Add("xl/_rels/workbook.xml.rels", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="{RelNs}/worksheet" Target="worksheets/sheet1.xml"/>
            <Relationship Id="rId2" Type="{RelNs}/sharedStrings" Target="sharedStrings.xml"/>
            <Relationship Id="rId3" Type="{RelNs}/styles" Target="styles.xml"/>
            </Relationships>
            """);
        Add("xl/workbook.xml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <workbook xmlns="{SheetNs}" xmlns:r="{RelNs}"><workbookPr date1904="{(date1904 ? "1" : "0")}"/>
            <sheets><sheet name="data" sheetId="1" r:id="rId1"/></sheets></workbook>
            """);
        Add("xl/worksheets/sheet1.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{SheetNs}"><sheetData>{sheetData}</sheetData></worksheet>""");
        Add("xl/sharedStrings.xml", $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{SheetNs}">{sharedStrings}</sst>""");
        Add("xl/styles.xml", $"""<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{SheetNs}">{numFmts}<cellXfs>{cellXfs}</cellXfs></styleSheet>""");
        return path;
    }

    [TestMethod]
    public void Records_HandWrittenXmlShapes_ReadAsExcelWouldShowThem()
    {
        using var folder = new TempFolder();
        // Shared strings: 0 plain, 1 rich text with a phonetic run (not text), 2 an empty item.
        const string strings = """
            <si><t>group_id</t></si><si><r><t>Ryhmä </t></r><r><t>A</t></r><rPh sb="0" eb="1"><t>IGNORED</t></rPh></si><si/>
            <si><t>when</t></si>
            """;
        // Styles: 0 general, 1 built-in 14 (date), 2 custom d.M.yyyy (date), 3 custom with "d" only in quotes (not a date),
        // 4 custom [h]:mm with elapsed hours in brackets (not a date).
        const string numFmts = """
            <numFmts count="3"><numFmt numFmtId="164" formatCode="d\.M\.yyyy"/><numFmt numFmtId="165" formatCode="0&quot; days&quot;"/><numFmt numFmtId="166" formatCode="[h]:mm"/></numFmts>
            """;
        const string xfs = """<xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/>""";
        // Row 2 is an empty element; row 3 has no r attributes (cells follow each other, the row follows row 2);
        // row 5 mixes inline strings, t="d", booleans, errors and style-less numbers.
        const string rows = """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>name</t></is></c><c r="C1" t="s"><v>3</v></c><c r="D1" t="inlineStr"><is><t> n </t></is></c></row>
            <row r="2"/>
            <row><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c s="1"><v>45691</v></c><c s="3"><v>3</v></c></row>
            <row r="5"><c r="A5" t="inlineStr"><is><r><t>G</t></r><r><t>2</t></r></is></c><c r="B5" t="s"><v>2</v></c><c r="C5" t="d"><v>2025-03-04T00:00:00</v></c><c r="D5" s="4"><v>1.5</v></c></row>
            <row r="7"><c r="A7" t="b"><v>0</v></c><c r="B7" t="e"><v>#N/A</v></c><c r="C7" s="2"><v>45292.75</v></c><c r="D7"><v>0.30000000000000004</v></c><c r="E7" s="1"/></row>
            """;
        var path = WritePackage(folder, "Issue_hand_written_shapes.xlsx", rows, strings, numFmts, xfs);

        var records = ReadAll(path, out var source);

        source.Header.Should().Equal("group_id", "name", "when", "n");
        records.Select(r => r.Line).Should().Equal(3, 5, 7);
        // 45691 = 2025-02-03 (Excel serial: 45658 = 2025-01-01, + 33 days); style 3 shows "3 days", a number.
        records[0].Cells.Should().Equal("group_id", "Ryhmä A", "2025-02-03", "3");
        // [h]:mm is elapsed time: its "mm" is minutes, so 1.5 stays a number.
        records[1].Cells.Should().Equal("G2", "", "2025-03-04", "1.5");
        // 45292 = 2024-01-01; the .75 (18:00) is dropped. 0.30000000000000004 shown with 15 digits = 0.3.
        records[2].Cells.Should().Equal("false", "#N/A", "2024-01-01", "0.3");
        records.Should().OnlyContain(r => r.Malformed == null);
    }

    [TestMethod]
    public void Records_Date1904Workbook_SerialsCountFrom1904()
    {
        using var folder = new TempFolder();
        const string rows = """
            <row r="1"><c r="A1" t="inlineStr"><is><t>day</t></is></c></row>
            <row r="2"><c r="A2" s="1"><v>0</v></c></row>
            <row r="3"><c r="A3" s="1"><v>44229</v></c></row>
            """;
        var path = WritePackage(folder, "Issue_date1904.xlsx", rows, "", "", """<xf numFmtId="0"/><xf numFmtId="14"/>""", date1904: true);

        var records = ReadAll(path, out _);

        // 1904 system: 0 = 1904-01-01; 44229 + 1462 = 45691 in the 1900 system = 2025-02-03.
        records.Select(r => r.Cells[0]).Should().Equal("1904-01-01", "2025-02-03");
    }

    [TestMethod]
    [DataRow("d.M.yyyy", "2025-02-03")]
    [DataRow("yyyy-mm-dd", "2025-02-03")]
    [DataRow("mmm yy", "2025-02-03", DisplayName = "month name without day")]
    [DataRow("[$-40B]d\\.m\\.yyyy;@", "2025-02-03", DisplayName = "locale prefix in brackets")]
    [DataRow("h:mm AM/PM", "45691", DisplayName = "AM/PM has no month")]
    [DataRow("mm:ss", "45691", DisplayName = "m before s is minutes")]
    [DataRow("[Red]0.00", "45691", DisplayName = "colour in brackets")]
    [DataRow("0\\d", "45691", DisplayName = "escaped d is a literal")]
    [DataRow("#,##0\" days\"", "45691", DisplayName = "d in quoted text")]
    [DataRow("0_m", "45691", DisplayName = "padding char")]
    public void Records_CustomNumberFormat_DateOnlyWhenDayMonthOrYear(string formatCode, string expected)
    {
        using var folder = new TempFolder();
        var escaped = System.Security.SecurityElement.Escape(formatCode);
        var numFmts = $"""<numFmts count="1"><numFmt numFmtId="164" formatCode="{escaped}"/></numFmts>""";
        const string rows = """
            <row r="1"><c r="A1" t="inlineStr"><is><t>value</t></is></c></row>
            <row r="2"><c r="A2" s="1"><v>45691</v></c></row>
            """;
        var path = WritePackage(folder, "Issue_custom_format.xlsx", rows, "", numFmts, """<xf numFmtId="0"/><xf numFmtId="164"/>""");

        ReadAll(path, out _).Single().Cells.Should().Equal(expected);
    }
}
