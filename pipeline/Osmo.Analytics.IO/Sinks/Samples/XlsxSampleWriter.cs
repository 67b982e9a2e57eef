using System.Globalization;
using ClosedXML.Excel;

namespace Osmo.Analytics.IO.Sinks.Samples;

/// <summary>Writes one export as an XLSX workbook (first worksheet, first row = header).</summary>
/// <remarks>ClosedXML 0.95 holds the whole workbook in memory, so this is for small and region scale only.
/// Dates become Excel date cells and scores number cells, as a coordinator's spreadsheet would have them; every
/// other cell is text, so municipality codes keep their leading zeros (<c>005</c>).</remarks>
internal static class XlsxSampleWriter
{
    public static long Write(string path, string sheetName, string[] header, IEnumerable<string[]> rows, SampleCellFormatter formatter, SampleDateStyle dateStyle)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(sheetName);
        for (var c = 0; c < header.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(header[c]);
        }

        var dateFormat = dateStyle == SampleDateStyle.Finnish ? "d.m.yyyy" : "yyyy-mm-dd";
        var r = 1;
        foreach (var row in rows)
        {
            r++;
            for (var c = 0; c < row.Length; c++)
            {
                var text = row[c];
                if (text.Length == 0)
                {
                    continue;
                }

                var cell = sheet.Cell(r, c + 1);
                if (formatter.IsDate(c))
                {
                    cell.SetValue(DateTime.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture));
                    cell.Style.DateFormat.Format = dateFormat;
                }
                else if (formatter.IsNumber(c))
                {
                    cell.SetValue(double.Parse(text, CultureInfo.InvariantCulture));
                }
                else
                {
                    cell.SetValue(formatter.Format(c, text));
                }
            }
        }

        workbook.SaveAs(path);
        return r - 1;
    }
}
