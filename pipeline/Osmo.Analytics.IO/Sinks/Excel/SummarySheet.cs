using ClosedXML.Excel;
using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.IO.Sinks.Excel;

/// <summary>The <c>Yhteenveto</c> sheet. Grain: one row per area (county, its municipalities, then all data) with the
/// key r12 figures of the reported month and the number of flags.</summary>
internal static class SummarySheet
{
    /// <summary>The key figures, in column order.</summary>
    public static readonly IReadOnlyList<string> KeyIndicators =
    [
        IndicatorIds.ActiveClients,
        IndicatorIds.NewCases,
        IndicatorIds.ClientsPer1000,
        IndicatorIds.ReachPct,
        IndicatorIds.ClientPlanPct,
        IndicatorIds.AssessmentStart7WdPct,
        IndicatorIds.AssessmentDone3MPct,
        IndicatorIds.UnplannedClosurePct,
        IndicatorIds.MeterCoveragePct,
        IndicatorIds.MeterFollowUpLossPct,
    ];

    private const int FirstIndicatorColumn = 6;

    public static void Write(XLWorkbook workbook, WorkbookModel model)
    {
        List<SheetColumn> columns =
        [
            SheetColumn.Text("Taso", 15),
            SheetColumn.Text("Hyvinvointialue", 30),
            SheetColumn.Text("Kuntakoodi", 10),
            SheetColumn.Text("Kunta", 16),
            SheetColumn.Text("Vertaisryhmä", 12),
        ];
        foreach (var id in KeyIndicators)
        {
            columns.Add(SheetColumn.Number(WorkbookModel.IndicatorName(id), 16, WorkbookModel.FormatOf(id, string.Empty)));
        }

        columns.Add(SheetColumn.Number("Liput", 9, WorkbookFormats.Count));
        columns.Add(SheetColumn.Number("Liput: korkea", 10, WorkbookFormats.Count));
        var sheet = new SheetWriter(workbook, WorkbookSheets.Summary, columns, model.Results.MinimumCellCount, headerHeight: 75);

        var flagColumn = FirstIndicatorColumn + KeyIndicators.Count;
        foreach (var area in model.Areas)
        {
            sheet.NextRow();
            sheet.Text(1, FinnishLabels.Level(area.Level));
            sheet.Text(2, area.County is null ? "Koko aineisto" : model.CountyName(area.County));
            sheet.Text(3, area.Municipality);
            sheet.Text(4, model.MunicipalityName(area.Municipality));
            if (area.Municipality is { } code)
            {
                sheet.Text(5, model.Results.PeerGroups.GetValueOrDefault(code));
            }

            for (var i = 0; i < KeyIndicators.Count; i++)
            {
                var id = KeyIndicators[i];
                if (model.R12(area.Total(id)) is { } cell)
                {
                    sheet.Published(FirstIndicatorColumn + i, cell.IsSuppressed, cell.Value, WorkbookModel.FormatOf(id, cell.Unit));
                }
                else if (WorkbookModel.IsPublishedAt(id, area.Level))
                {
                    sheet.NoData(FirstIndicatorColumn + i);
                }
            }

            var (all, high) = CountFlags(model, area);
            sheet.Count(flagColumn, all);
            sheet.Count(flagColumn + 1, high);
        }

        sheet.Finish();
    }

    private static (long All, long High) CountFlags(WorkbookModel model, AreaRow area)
    {
        long all = 0, high = 0;
        foreach (var flag in model.Results.Flags)
        {
            var inArea = area.Level switch
            {
                IndicatorLevels.Municipality => string.Equals(flag.MunicipalityCode, area.Municipality, StringComparison.Ordinal),
                IndicatorLevels.County => string.Equals(flag.WellbeingCounty, area.County, StringComparison.Ordinal),
                _ => true,
            };
            if (inArea)
            {
                all++;
                high += string.Equals(flag.Severity, "high", StringComparison.Ordinal) ? 1 : 0;
            }
        }

        return (all, high);
    }
}
