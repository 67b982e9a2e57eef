using ClosedXML.Excel;
using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.IO.Sinks.Excel;

/// <summary>The <c>Ryhmät</c> sheet: group activity over the 12 months ending at the reported month. Grain: one row per
/// group (r12 rows of <see cref="PublishedGroupActivity"/>), by county, municipality, group name and id.</summary>
/// <remarks>Group names are free text typed by workers: they go in as text like every input-derived string.
/// Distinct participants are <c>–</c> when no attendance export was given (unknown), <c>&lt;5</c> when suppressed.</remarks>
internal static class GroupSheet
{
    private static readonly IReadOnlyList<SheetColumn> Columns =
    [
        SheetColumn.Text("Hyvinvointialue", 30),
        SheetColumn.Text("Kuntakoodi", 10),
        SheetColumn.Text("Kunta", 16),
        SheetColumn.Text("Ryhmän tunnus", 14),
        SheetColumn.Text("Ryhmän nimi", 32),
        SheetColumn.Text("Ryhmätyyppi", 22),
        SheetColumn.Text("Kohderyhmä", 26),
        SheetColumn.Number("Pidetyt kerrat", 10, WorkbookFormats.Count),
        SheetColumn.Number("Perutut kerrat", 10, WorkbookFormats.Count),
        SheetColumn.Number("Peruttu, ei osallistujia", 12, WorkbookFormats.Count),
        SheetColumn.Number("Kokemusasiantuntija mukana, kertaa", 14, WorkbookFormats.Count),
        SheetColumn.Number("Osallistujia keskimäärin", 12, WorkbookFormats.Decimal1),
        SheetColumn.Number("Eri osallistujat", 11, WorkbookFormats.Count),
    ];

    public static void Write(XLWorkbook workbook, WorkbookModel model)
    {
        var results = model.Results;
        var rows = results.GroupActivities
            .Where(g => g.Period == results.Period && g.Window == IndicatorWindows.Rolling12)
            .OrderBy(g => g.WellbeingCounty, StringComparer.Ordinal)
            .ThenBy(g => g.MunicipalityCode, StringComparer.Ordinal)
            .ThenBy(g => g.GroupName, StringComparer.Ordinal)
            .ThenBy(g => g.GroupId, StringComparer.Ordinal)
            .ThenBy(g => g.TargetGroup, StringComparer.Ordinal)
            .ToList();

        var sheet = new SheetWriter(workbook, WorkbookSheets.Groups, Columns, results.MinimumCellCount, headerHeight: 60);
        foreach (var g in rows)
        {
            sheet.NextRow();
            sheet.Text(1, model.CountyName(g.WellbeingCounty));
            sheet.Text(2, g.MunicipalityCode);
            sheet.Text(3, model.MunicipalityName(g.MunicipalityCode));
            sheet.Text(4, g.GroupId);
            sheet.Text(5, g.GroupName);
            sheet.Text(6, FinnishLabels.GroupType(g.GroupType));
            sheet.Text(7, model.TargetGroupName(g.TargetGroup));
            sheet.Count(8, g.SessionsHeld);
            sheet.Count(9, g.SessionsCancelled);
            sheet.Count(10, g.SessionsNoParticipants);
            sheet.Count(11, g.SessionsExperienceExpert);
            sheet.Published(12, g.IsAttendanceSuppressed, g.AttendanceMean, WorkbookFormats.Decimal1);
            sheet.Published(13, g.IsParticipantsSuppressed, g.ParticipantsDistinct, WorkbookFormats.Count);
        }

        sheet.Finish();
    }
}
