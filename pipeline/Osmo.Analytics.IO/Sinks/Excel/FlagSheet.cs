using ClosedXML.Excel;
using Osmo.Analytics.Flags;

namespace Osmo.Analytics.IO.Sinks.Excel;

/// <summary>The <c>Liput</c> sheet. Grain: one row per flag, most severe first, then by county, municipality, target
/// group and rule.</summary>
/// <remarks>A flag's value is null when its published cell is suppressed or when the rule reads no value; the sheet
/// tells the two apart by looking the cell up (r12 of the reported month) and shows <c>&lt;5</c> for a suppressed one.</remarks>
internal static class FlagSheet
{
    private static readonly IReadOnlyList<SheetColumn> Columns =
    [
        SheetColumn.Text("Vakavuus", 10),
        SheetColumn.Text("Sääntö", 24),
        SheetColumn.Text("Hyvinvointialue", 30),
        SheetColumn.Text("Kuntakoodi", 10),
        SheetColumn.Text("Kunta", 16),
        SheetColumn.Text("Kohderyhmä", 26),
        SheetColumn.Text("Ryhmät", 16),
        SheetColumn.Text("Indikaattori", 36),
        SheetColumn.Number("Arvo", 10, WorkbookFormats.General),
        SheetColumn.Text("Vertailukohta", 15),
        SheetColumn.Number("Vertailuarvo", 12, WorkbookFormats.General),
        SheetColumn.Number("N", 9, WorkbookFormats.Count),
        SheetColumn.Text("Tilastollinen tieto", 20),
        SheetColumn.LongText("Havainto", 60),
        SheetColumn.LongText("Toimenpide-ehdotus", 60),
        SheetColumn.Date("Voimassa alkaen", 11),
        SheetColumn.Number("Kuukautta peräkkäin", 11, WorkbookFormats.Count),
    ];

    public static void Write(XLWorkbook workbook, WorkbookModel model)
    {
        var flags = model.Results.Flags.ToArray();
        Array.Sort(flags, new FlagOrder(model));
        var sheet = new SheetWriter(workbook, WorkbookSheets.Flags, Columns, model.Results.MinimumCellCount, headerHeight: 45);
        foreach (var f in flags)
        {
            sheet.NextRow();
            sheet.Text(1, FinnishLabels.Severity(f.Severity));
            sheet.Text(2, f.Rule);
            sheet.Text(3, model.CountyName(f.WellbeingCounty));
            sheet.Text(4, f.MunicipalityCode);
            sheet.Text(5, model.MunicipalityName(f.MunicipalityCode));
            sheet.Text(6, model.TargetGroupName(f.TargetGroup));
            sheet.Text(7, f.GroupIds);
            if (f.IndicatorId is { } id)
            {
                sheet.Text(8, WorkbookModel.IndicatorName(id));
                var format = WorkbookModel.FormatOf(id, string.Empty);
                if (f.Value is { } value)
                {
                    sheet.Number(9, value, format);
                }
                else if (model.R12(new CellKey(f.Level, f.WellbeingCounty, f.MunicipalityCode, f.TargetGroup, id)) is { } cell)
                {
                    sheet.Published(9, cell.IsSuppressed, cell.Value, format);
                }

                sheet.Number(11, f.ComparatorValue, format);
            }

            sheet.Text(10, FinnishLabels.Comparator(f.ComparatorKind));
            sheet.Count(12, f.N);
            sheet.Text(13, f.Statistic);
            sheet.Text(14, f.EvidenceFi);
            sheet.Text(15, f.ActionFi);
            sheet.Date(16, f.FirstSeen);
            sheet.Count(17, f.MonthsInRow);
        }

        sheet.Finish();
    }

    private sealed class FlagOrder(WorkbookModel model) : IComparer<Flag>
    {
        public int Compare(Flag? x, Flag? y)
        {
            if (x is null || y is null)
            {
                return x is null ? (y is null ? 0 : -1) : 1;
            }

            var c = FinnishLabels.SeverityRank(x.Severity).CompareTo(FinnishLabels.SeverityRank(y.Severity));
            if (c != 0) { return c; }
            c = string.CompareOrdinal(x.WellbeingCounty, y.WellbeingCounty);
            if (c != 0) { return c; }
            c = string.CompareOrdinal(x.MunicipalityCode, y.MunicipalityCode);
            if (c != 0) { return c; }
            c = model.TargetGroupRank(x.TargetGroup).CompareTo(model.TargetGroupRank(y.TargetGroup));
            if (c != 0) { return c; }
            c = string.CompareOrdinal(x.TargetGroup, y.TargetGroup);
            if (c != 0) { return c; }
            c = string.CompareOrdinal(x.Rule, y.Rule);
            if (c != 0) { return c; }
            c = string.CompareOrdinal(x.GroupIds, y.GroupIds);
            if (c != 0) { return c; }
            c = string.CompareOrdinal(x.Severity, y.Severity);
            c = string.CompareOrdinal(x.IndicatorId, y.IndicatorId);
            return c != 0 ? c : string.CompareOrdinal(x.EvidenceFi, y.EvidenceFi);
        }
    }
}
