using ClosedXML.Excel;
using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.IO.Sinks.Excel;

/// <summary>The <c>Määritelmät</c> sheet: the indicator catalog (<see cref="IndicatorCatalog.All"/>). Grain: one row per
/// indicator, in catalog order.</summary>
internal static class DefinitionSheet
{
    private static readonly IReadOnlyList<SheetColumn> Columns =
    [
        SheetColumn.Text("Tunnus", 28),
        SheetColumn.LongText("Nimi", 36),
        SheetColumn.Text("Aihealue", 22),
        SheetColumn.LongText("Määritelmä", 70),
        SheetColumn.LongText("Osoittaja", 36),
        SheetColumn.LongText("Nimittäjä", 30),
        SheetColumn.Text("Yksikkö", 16),
        SheetColumn.Text("Suunta", 20),
        SheetColumn.LongText("Lähteet", 24),
        SheetColumn.LongText("Tasot", 30),
        SheetColumn.Text("Taulukko", 14),
        SheetColumn.LongText("Nimi ruotsiksi", 30),
        SheetColumn.LongText("Nimi englanniksi", 30),
    ];

    public static void Write(XLWorkbook workbook, WorkbookModel model)
    {
        var sheet = new SheetWriter(workbook, WorkbookSheets.Definitions, Columns, model.Results.MinimumCellCount);
        foreach (var d in IndicatorCatalog.All)
        {
            sheet.NextRow();
            sheet.Text(1, d.Id);
            sheet.Text(2, d.NameFi);
            sheet.Text(3, FinnishLabels.Family(d.Family));
            sheet.Text(4, d.DefinitionFi);
            sheet.Text(5, d.Numerator);
            sheet.Text(6, d.Denominator);
            sheet.Text(7, FinnishLabels.Unit(d.Unit));
            sheet.Text(8, FinnishLabels.Direction(d.Direction));
            sheet.Text(9, string.Join(", ", d.SourceFiles));
            sheet.Text(10, string.Join(", ", d.Levels.Select(FinnishLabels.Level)));
            sheet.Text(11, d.Table);
            sheet.Text(12, d.NameSv);
            sheet.Text(13, d.NameEn);
        }

        sheet.Finish();
    }
}
