using System.IO.Compression;
using ClosedXML.Excel;
using Osmo.Analytics.Disclosure;
using Osmo.Analytics.IO.Sinks.Excel;

namespace Osmo.Analytics.IO.Tests.Sinks.Excel;

/// <summary>Writes the sample workbook and reads it back the way a coordinator's spreadsheet would.</summary>
internal static class WorkbookReader
{
    public static byte[] WriteBytes(PublishedResults results)
    {
        using var stream = new MemoryStream();
        CoordinatorWorkbook.Write(stream, results);
        return stream.ToArray();
    }

    public static XLWorkbook Open(byte[] bytes) => new(new MemoryStream(bytes));

    /// <summary>The 1-based column of a header in row 1.</summary>
    public static int Column(IXLWorksheet sheet, string header)
    {
        var cell = sheet.Row(1).CellsUsed().FirstOrDefault(c => c.GetString() == header);
        cell.Should().NotBeNull($"sheet {sheet.Name} should have the header '{header}'");
        return cell!.Address.ColumnNumber;
    }

    /// <summary>The only data row whose cells under the given headers hold the given texts.</summary>
    public static IXLRow Row(IXLWorksheet sheet, params (string Header, string Text)[] match)
    {
        var columns = match.Select(m => (Column: Column(sheet, m.Header), m.Text)).ToArray();
        var rows = sheet.RowsUsed().Skip(1)
            .Where(r => columns.All(c => r.Cell(c.Column).GetString() == c.Text))
            .ToList();
        rows.Should().ContainSingle($"one row of {sheet.Name} should match {string.Join(", ", match)}");
        return rows[0];
    }

    public static IXLCell Cell(IXLWorksheet sheet, IXLRow row, string header) => row.Cell(Column(sheet, header));

    /// <summary>The text of every part in the package, by part name.</summary>
    public static Dictionary<string, string> Parts(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        });
    }
}
