using ClosedXML.Excel;

namespace Osmo.Analytics.IO.Sinks.Excel;

/// <summary>The <c>Kunnat x kohderyhmät</c> sheet: r12 values of the reported month. Grain: one row per area x indicator,
/// one column per target group plus the area's total.</summary>
/// <remarks>Rows are area x indicator rather than one block per indicator so that the auto-filter works: filter
/// <c>Kunta</c> to see one municipality's profile, or <c>Indikaattori</c> to compare municipalities. The number format
/// follows each row's unit. A cell is <c>–</c> when the indicator is published at that level but the run has no row
/// for it, and empty when the indicator is not published at that level.</remarks>
internal static class PivotSheet
{
    private const int FirstGroupColumn = 7;

    public static void Write(XLWorkbook workbook, WorkbookModel model)
    {
        List<SheetColumn> columns =
        [
            SheetColumn.Text("Taso", 15),
            SheetColumn.Text("Hyvinvointialue", 30),
            SheetColumn.Text("Kuntakoodi", 10),
            SheetColumn.Text("Kunta", 16),
            SheetColumn.Text("Indikaattori", 44),
            SheetColumn.Text("Tunnus", 28),
        ];
        foreach (var tg in model.TargetGroupColumns)
        {
            columns.Add(SheetColumn.Number(model.TargetGroupName(tg), 14, WorkbookFormats.General));
        }

        columns.Add(SheetColumn.Number("Kaikki kohderyhmät", 14, WorkbookFormats.General));
        var sheet = new SheetWriter(workbook, WorkbookSheets.Pivot, columns, model.Results.MinimumCellCount, headerHeight: 60);
        var totalColumn = FirstGroupColumn + model.TargetGroupColumns.Count;

        foreach (var area in model.Areas)
        {
            foreach (var id in model.R12IndicatorIds)
            {
                if (!HasAnyCell(model, area, id))
                {
                    continue;
                }

                sheet.NextRow();
                sheet.Text(1, FinnishLabels.Level(area.Level));
                sheet.Text(2, area.County is null ? "Koko aineisto" : model.CountyName(area.County));
                sheet.Text(3, area.Municipality);
                sheet.Text(4, model.MunicipalityName(area.Municipality));
                sheet.Text(5, WorkbookModel.IndicatorName(id));
                sheet.Text(6, id);
                for (var g = 0; g < model.TargetGroupColumns.Count; g++)
                {
                    if (area.OfTargetGroup(model.TargetGroupColumns[g], id) is { } key)
                    {
                        WriteCell(sheet, model, FirstGroupColumn + g, key);
                    }
                }

                WriteCell(sheet, model, totalColumn, area.Total(id));
            }
        }

        sheet.Finish();
    }

    private static bool HasAnyCell(WorkbookModel model, AreaRow area, string id)
    {
        if (model.R12(area.Total(id)) is not null)
        {
            return true;
        }

        foreach (var tg in model.TargetGroupColumns)
        {
            if (area.OfTargetGroup(tg, id) is { } key && model.R12(key) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static void WriteCell(SheetWriter sheet, WorkbookModel model, int column, CellKey key)
    {
        if (model.R12(key) is { } cell)
        {
            sheet.Published(column, cell.IsSuppressed, cell.Value, WorkbookModel.FormatOf(key.IndicatorId, cell.Unit));
        }
        else if (WorkbookModel.IsPublishedAt(key.IndicatorId, key.Level))
        {
            sheet.NoData(column);
        }
    }
}
