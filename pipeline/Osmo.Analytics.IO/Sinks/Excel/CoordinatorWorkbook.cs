using System.Globalization;
using ClosedXML.Excel;
using Osmo.Analytics.Disclosure;

namespace Osmo.Analytics.IO.Sinks.Excel;

/// <summary>The coordinator's workbook <c>excel/osmo-&lt;period&gt;.xlsx</c> (spec/outputs.md, Excel workbook): Finnish
/// sheets (<see cref="WorkbookSheets"/>) with a frozen header row, an auto-filter, number and date formats and explicit
/// column widths.</summary>
/// <remarks>
/// <para>Written only from <see cref="PublishedResults"/>, the disclosure choke point: there is no overload taking raw
/// indicator values, so the workbook cannot show a number that disclosure control hid. Suppressed cells show
/// <c>&lt;5</c> (<see cref="WorkbookFormats.SuppressedMarker"/>), cells without data <c>–</c>; the <c>Selite</c> sheet
/// explains both.</para>
/// <para>Text from the inputs and the reference files (group names, file names, evidence, municipality names) is
/// written as literal text: <c>=HYPERLINK(...)</c>, <c>+1</c>, <c>@x</c> and <c>005</c> stay exactly as given.</para>
/// <para>The same results give byte-identical files: document times come from the period, and the package is
/// normalised after ClosedXML saves it (PackageNormalizer). ClosedXML 0.95 holds the workbook in memory, which is
/// why the long sheet holds the reported month only and at most <see cref="CoordinatorWorkbookOptions.MaxIndicatorRows"/>
/// rows.</para>
/// </remarks>
public static class CoordinatorWorkbook
{
    /// <summary>The workbook's file name for a period: <c>osmo-2025-10.xlsx</c>.</summary>
    public static string FileName(DateOnly period) =>
        "osmo-" + period.ToString("yyyy-MM", CultureInfo.InvariantCulture) + ".xlsx";

    /// <summary>Writes the workbook to a new file (replaced when it exists).</summary>
    /// <param name="path">File path, normally <c>excel/</c> + <see cref="FileName"/>.</param>
    /// <param name="results">The run's published (disclosure-controlled) results.</param>
    /// <param name="options">Settings; null for the defaults.</param>
    public static void Write(string path, PublishedResults results, CoordinatorWorkbookOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(results);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        Write(file, results, options);
    }

    /// <summary>Writes the workbook to a writable stream (left open).</summary>
    /// <param name="output">Destination stream.</param>
    /// <param name="results">The run's published (disclosure-controlled) results.</param>
    /// <param name="options">Settings; null for the defaults.</param>
    public static void Write(Stream output, PublishedResults results, CoordinatorWorkbookOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        options ??= new CoordinatorWorkbookOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxIndicatorRows);

        var timestamp = results.Period.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var title = "OSMO-tunnusluvut " + results.Period.ToString("M/yyyy", CultureInfo.InvariantCulture);
        using var saved = new MemoryStream();
        using (var workbook = new XLWorkbook())
        {
            workbook.Properties.Title = title;
            workbook.Properties.Author = "Osmo.Analytics";
            workbook.Properties.Created = timestamp;
            workbook.Properties.Modified = timestamp;

            var model = new WorkbookModel(results);
            SummarySheet.Write(workbook, model);
            var scope = IndicatorSheet.Write(workbook, model, options.MaxIndicatorRows);
            PivotSheet.Write(workbook, model);
            FlagSheet.Write(workbook, model);
            GroupSheet.Write(workbook, model);
            QualitySheet.Write(workbook, model);
            DefinitionSheet.Write(workbook, model);
            LegendSheet.Write(workbook, model, scope);
            workbook.SaveAs(saved);
        }

        saved.Position = 0;
        PackageNormalizer.Normalize(saved, output, timestamp, title);
    }
}
