using ClosedXML.Excel;
using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.IO.Sinks.Excel;

/// <summary>The <c>Indikaattorit</c> sheet: the long, filterable table. Grain: one row per window x level x level keys x
/// indicator of the reported month (the 24-month trend stays in the Parquet and the reports).</summary>
/// <remarks>Only the reported month, and at most <see cref="CoordinatorWorkbookOptions.MaxIndicatorRows"/> rows
/// (<see cref="IndicatorSheetScope"/>): ClosedXML 0.95 builds the whole workbook in memory, and all levels of a
/// national run would take minutes and gigabytes (and the full trend would pass Excel's 1,048,576-row limit).</remarks>
internal static class IndicatorSheet
{
    private static readonly IReadOnlyList<SheetColumn> Columns =
    [
        SheetColumn.Date("Kuukausi"),
        SheetColumn.Text("Jakso", 9),
        SheetColumn.Text("Taso", 26),
        SheetColumn.Text("Hyvinvointialue", 30),
        SheetColumn.Text("Kuntakoodi", 10),
        SheetColumn.Text("Kunta", 16),
        SheetColumn.Text("Kohderyhmä", 28),
        SheetColumn.Text("Indikaattori", 44),
        SheetColumn.Text("Tunnus", 28),
        SheetColumn.Text("Yksikkö", 16),
        SheetColumn.Number("Osoittaja", 11, WorkbookFormats.Count),
        SheetColumn.Number("Nimittäjä", 11, WorkbookFormats.Count),
        SheetColumn.Number("Arvo", 11, WorkbookFormats.General),
        SheetColumn.Number("Luottamusväli 95 %, alaraja", 12, WorkbookFormats.General),
        SheetColumn.Number("Luottamusväli 95 %, yläraja", 12, WorkbookFormats.General),
        SheetColumn.Text("Salattu", 8),
        SheetColumn.Text("Vertaisryhmä", 13),
    ];

    /// <summary>Writes the sheet and tells what it holds.</summary>
    public static IndicatorSheetScope Write(XLWorkbook workbook, WorkbookModel model, int maxRows)
    {
        var results = model.Results;
        var rows = results.Indicators.Where(p => p.Period == results.Period).ToArray();
        var scope = IndicatorSheetScope.Full;
        if (rows.Length > maxRows)
        {
            rows = [.. rows.Where(p => !IsTargetGroupLevel(p.Level))];
            scope = IndicatorSheetScope.WithoutTargetGroups;
        }

        if (rows.Length > maxRows)
        {
            rows = [.. rows.Where(p => p.Window == IndicatorWindows.Rolling12)];
            scope = IndicatorSheetScope.Rolling12WithoutTargetGroups;
        }

        Array.Sort(rows, new RowOrder(model));
        if (rows.Length > maxRows)
        {
            rows = rows[..Math.Max(0, maxRows)];
            scope = IndicatorSheetScope.Truncated;
        }

        var sheet = new SheetWriter(workbook, WorkbookSheets.Indicators, Columns, results.MinimumCellCount, headerHeight: 45);
        foreach (var p in rows)
        {
            sheet.NextRow();
            sheet.Date(1, p.Period);
            sheet.Text(2, FinnishLabels.Window(p.Window));
            sheet.Text(3, FinnishLabels.Level(p.Level));
            sheet.Text(4, p.WellbeingCounty is null ? null : model.CountyName(p.WellbeingCounty));
            sheet.Text(5, p.MunicipalityCode);
            sheet.Text(6, p.MunicipalityCode is null ? null : model.MunicipalityName(p.MunicipalityCode));
            sheet.Text(7, model.TargetGroupName(p.TargetGroup));
            sheet.Text(8, WorkbookModel.IndicatorName(p.IndicatorId));
            sheet.Text(9, p.IndicatorId);
            sheet.Text(10, FinnishLabels.Unit(IndicatorCatalog.Find(p.IndicatorId)?.Unit ?? p.Unit));
            sheet.Count(11, p.Numerator);
            sheet.Count(12, p.Denominator);
            var format = WorkbookModel.FormatOf(p.IndicatorId, p.Unit);
            sheet.Published(13, p.IsSuppressed, p.Value, format);
            sheet.Number(14, p.CiLow, format);
            sheet.Number(15, p.CiHigh, format);
            sheet.Text(16, FinnishLabels.YesNo(p.IsSuppressed));
            sheet.Text(17, p.PeerGroup);
        }

        sheet.Finish();
        return scope;
    }

    private static bool IsTargetGroupLevel(string level) =>
        level is IndicatorLevels.MunicipalityXTargetGroup or IndicatorLevels.CountyXTargetGroup or IndicatorLevels.PeerGroupXTargetGroup;

    /// <summary>r12 before month, then the area hierarchy: each county (by code) with its own rows first, then its
    /// municipalities (by code), each total before its target groups; rows without a county (peer groups, all data)
    /// last. Target groups and indicators in reference and catalog order.</summary>
    private sealed class RowOrder(WorkbookModel model) : IComparer<PublishedIndicator>
    {
        public int Compare(PublishedIndicator? x, PublishedIndicator? y)
        {
            if (x is null || y is null)
            {
                return x is null ? (y is null ? 0 : -1) : 1;
            }

            var c = WindowRank(x.Window).CompareTo(WindowRank(y.Window));
            if (c != 0) { return c; }
            c = string.CompareOrdinal(x.Window, y.Window);
            if (c != 0) { return c; }
            c = NullsLast(x.WellbeingCounty, y.WellbeingCounty);
            if (c != 0) { return c; }
            c = string.CompareOrdinal(x.MunicipalityCode, y.MunicipalityCode);
            if (c != 0) { return c; }
            c = LevelRank(x.Level).CompareTo(LevelRank(y.Level));
            if (c != 0) { return c; }
            c = string.CompareOrdinal(x.Level, y.Level);
            if (c != 0) { return c; }
            c = string.CompareOrdinal(x.PeerGroup, y.PeerGroup);
            if (c != 0) { return c; }
            c = model.TargetGroupRank(x.TargetGroup).CompareTo(model.TargetGroupRank(y.TargetGroup));
            if (c != 0) { return c; }
            c = string.CompareOrdinal(x.TargetGroup, y.TargetGroup);
            if (c != 0) { return c; }
            c = model.IndicatorRank(x.IndicatorId).CompareTo(model.IndicatorRank(y.IndicatorId));
            return c != 0 ? c : string.CompareOrdinal(x.IndicatorId, y.IndicatorId);
        }

        private static int NullsLast(string? x, string? y) =>
            x is null ? (y is null ? 0 : 1) : y is null ? -1 : string.CompareOrdinal(x, y);

        private static int WindowRank(string window) => window == IndicatorWindows.Rolling12 ? 0 : 1;

        private static int LevelRank(string level) => level switch
        {
            IndicatorLevels.County or IndicatorLevels.Municipality => 0,
            IndicatorLevels.CountyXTargetGroup or IndicatorLevels.MunicipalityXTargetGroup => 1,
            IndicatorLevels.PeerGroup => 2,
            IndicatorLevels.PeerGroupXTargetGroup => 2,
            IndicatorLevels.All => 3,
            _ => 4,
        };
    }
}
