using System.Text;
using Osmo.Analytics.IO.Sources;

namespace Osmo.Analytics.IO.Tests.Sources;

public sealed partial class CsvSourceTests
{
    [TestMethod]
    public void Records_Windows1252ByteDeepPastFirstBuffer_WholeFileDecodedAsWindows1252()
    {
        using var folder = new TempFolder();
        // 30 000 ASCII rows (~330 KB) first; only the last row's F6 ("ö") shows the file is not UTF-8.
        var ascii = new StringBuilder("kunta;nimi\n");
        for (var i = 0; i < 30_000; i++)
        {
            ascii.Append("999;Nimi ").Append(i % 10).Append('\n');
        }

        byte[] bytes = [.. Encoding.ASCII.GetBytes(ascii.ToString()), .. "934;Isokyr"u8.ToArray(), 0xF6, .. "\n"u8.ToArray()];
        var path = folder.WriteBytes("Issue_late_windows1252_byte.csv", bytes);

        var records = ReadAll(path, out var source);

        source.Encoding.Should().Be("windows-1252");
        records.Should().HaveCount(30_001);
        ShouldBe(records[^1], 30_002, "934", "Isokyrö");
    }

    [TestMethod]
    public void Open_ExcelUnicodeTextExport_ReadAsUtf16Tab()
    {
        using var folder = new TempFolder();
        // Excel "Unicode Text (*.txt)": UTF-16LE with BOM FF FE, tab-delimited, CRLF.
        var path = folder.WriteBytes("Issue_excel_unicode_text.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("kunta\tnimi\r\n989\tÄhtäri\r\n")).ToArray());

        var records = ReadAll(path, out var source);

        source.Encoding.Should().Be("utf-16le");
        source.Delimiter.Should().Be("tab");
        source.Header.Should().Equal("kunta", "nimi");
        ShouldBe(records.Single(), 2, "989", "Ähtäri");
    }

    [TestMethod]
    public void Records_LoneCrInsideQuotes_CountsAsLineEnd()
    {
        using var folder = new TempFolder();
        // Old Mac line ends: line 2 opens a quote that closes on line 3; the next record is on line 4.
        var path = folder.WriteText("Issue_lone_cr_in_quotes.csv", "a;b\r1;\"x\ry\"\r2;3\r");

        var records = ReadAll(path, out _);

        ShouldBe(records[0], 2, "1", "x\ry");
        ShouldBe(records[1], 4, "2", "3");
    }
}
