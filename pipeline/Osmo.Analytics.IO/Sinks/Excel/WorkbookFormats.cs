using System.Globalization;

namespace Osmo.Analytics.IO.Sinks.Excel;

/// <summary>Number formats and cell markers of the coordinator workbook.</summary>
/// <remarks>
/// <para>Values are stored exactly as in the Parquet (a percentage is 0-100, <c>41.2</c>), so a cell equals the
/// researcher's number and a filter "greater than 50" means 50 %. The percent sign is therefore a literal in the
/// format (<see cref="Percent"/>), not Excel's <c>%</c>, which would multiply by 100. Format codes use <c>.</c> and
/// <c>,</c> as the file format requires; Excel shows them in the reader's locale (<c>41,2 %</c>, <c>1 234</c> in
/// Finnish).</para>
/// <para>Three states of a number cell: a number; <see cref="SuppressedMarker"/> (<c>&lt;5</c>, text, right-aligned)
/// when disclosure control hid it; <see cref="NoDataMarker"/> (<c>–</c>, text, right-aligned) when there is nothing
/// to show (a share over zero cases, no row for that cell). An empty cell means the figure is not defined there
/// (an interval for a count, an indicator not published at that level). The <c>Selite</c> sheet says so.</para>
/// </remarks>
public static class WorkbookFormats
{
    /// <summary>Percentages 0-100 with one decimal and a literal percent sign.</summary>
    public const string Percent = "0.0\" %\"";

    /// <summary>Counts with a thousands separator.</summary>
    public const string Count = "#,##0";

    /// <summary>Rates, medians, means and hours with one decimal.</summary>
    public const string Decimal1 = "0.0";

    /// <summary>Meter score changes with two decimals.</summary>
    public const string Decimal2 = "0.00";

    /// <summary>Yes/no facts stored as 1/0 and shown as <c>kyllä</c>/<c>ei</c>.</summary>
    public const string YesNo = "\"kyllä\";\"kyllä\";\"ei\"";

    /// <summary>Excel's general format, for units the workbook does not know.</summary>
    public const string General = "General";

    /// <summary>Dates, Finnish style (<c>1.10.2025</c>).</summary>
    public const string Date = "d.m.yyyy";

    /// <summary>Marker of a cell with no data (en dash).</summary>
    public const string NoDataMarker = "\u2013";

    /// <summary>Marker of a suppressed cell: <c>&lt;5</c> for the default minimum cell count of 5.</summary>
    public static string SuppressedMarker(int minimumCellCount) =>
        "<" + minimumCellCount.ToString(CultureInfo.InvariantCulture);

    /// <summary>The number format of an indicator unit (<see cref="Indicators.IndicatorUnits"/>).</summary>
    public static string ForUnit(string unit) => unit switch
    {
        Indicators.IndicatorUnits.Pct => Percent,
        Indicators.IndicatorUnits.Per1000 or Indicators.IndicatorUnits.Days or Indicators.IndicatorUnits.HoursPerWeek
            or Indicators.IndicatorUnits.ParticipantsPerSession => Decimal1,
        Indicators.IndicatorUnits.ScorePoints => Decimal2,
        Indicators.IndicatorUnits.YesNo => YesNo,
        Indicators.IndicatorUnits.Client or Indicators.IndicatorUnits.Case or Indicators.IndicatorUnits.Decision
            or Indicators.IndicatorUnits.Group or Indicators.IndicatorUnits.Session or Indicators.IndicatorUnits.Point => Count,
        _ => General,
    };
}
