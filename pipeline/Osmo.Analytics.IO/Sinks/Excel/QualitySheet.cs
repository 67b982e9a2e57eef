using ClosedXML.Excel;
using Osmo.Analytics.Model;

namespace Osmo.Analytics.IO.Sinks.Excel;

/// <summary>The <c>Laatu</c> sheet. Grain: one row per input file (exports and reference files) in the order of the
/// run's file reports, with rows read, accepted and quarantined, one column per quarantine reason.</summary>
internal static class QualitySheet
{
    private const int FirstReasonColumn = 9;

    public static void Write(XLWorkbook workbook, WorkbookModel model)
    {
        List<SheetColumn> columns =
        [
            SheetColumn.Text("Tiedosto", 34),
            SheetColumn.Text("Aineisto", 18),
            SheetColumn.Text("Viitetiedon lähde", 10),
            SheetColumn.Text("Merkistö", 12),
            SheetColumn.Text("Erotin", 8),
            SheetColumn.Number("Rivejä luettu", 11, WorkbookFormats.Count),
            SheetColumn.Number("Hyväksytty", 11, WorkbookFormats.Count),
            SheetColumn.Number("Karanteeniin", 11, WorkbookFormats.Count),
        ];
        foreach (var reason in QuarantineReasons.All)
        {
            columns.Add(SheetColumn.Number(FinnishLabels.Reason(reason.Code()), 13, WorkbookFormats.Count));
        }

        var tail = FirstReasonColumn + QuarantineReasons.All.Count;
        columns.Add(SheetColumn.LongText("Tuntemattomat sarakkeet", 30));
        columns.Add(SheetColumn.LongText("Virhe", 50));
        columns.Add(SheetColumn.Number("Koko, tavua", 13, WorkbookFormats.Count));
        columns.Add(SheetColumn.Text("SHA-256", 66));

        var sheet = new SheetWriter(workbook, WorkbookSheets.Quality, columns, model.Results.MinimumCellCount, headerHeight: 60);
        foreach (var file in model.Results.Inputs)
        {
            sheet.NextRow();
            sheet.Text(1, file.File);
            sheet.Text(2, FinnishLabels.FileKind(file.Kind));
            sheet.Text(3, FinnishLabels.ReferenceSource(file.Source));
            sheet.Text(4, file.Encoding);
            sheet.Text(5, FinnishLabels.Delimiter(file.Delimiter));
            sheet.Count(6, file.RowsRead);
            sheet.Count(7, file.RowsAccepted);
            sheet.Count(8, file.RowsQuarantined);
            for (var r = 0; r < QuarantineReasons.All.Count; r++)
            {
                sheet.Count(FirstReasonColumn + r, file.QuarantinedByReason.GetValueOrDefault(QuarantineReasons.All[r].Code()));
            }

            sheet.Text(tail, string.Join(", ", file.UnknownColumns));
            sheet.Text(tail + 1, file.Error);
            sheet.Count(tail + 2, file.Bytes);
            sheet.Text(tail + 3, file.Sha256);
        }

        sheet.Finish();
    }
}
