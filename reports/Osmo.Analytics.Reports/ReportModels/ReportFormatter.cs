using System.Globalization;
using System.Net;
using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Indicators;
using Osmo.Analytics.Reports.Rendering;

namespace Osmo.Analytics.Reports.ReportModels;

/// <summary>Numbers, dates and published values in a report's locale: <c>fi</c> (fi-FI: <c>41,2 %</c>, <c>3.2.2025</c>),
/// <c>sv</c> (sv-FI with Finland-Swedish dates <c>3.2.2025</c>) or <c>en</c> (en-GB numbers, <c>3 February 2025</c>).</summary>
/// <remarks>Every number in a report goes through here, so templates never format. Percentages, rates and means get one
/// decimal, counts none. The minus sign is the culture's (U+2212 in fi-FI and sv-FI).</remarks>
internal sealed class ReportFormatter
{
    private ReportFormatter(string language, CultureInfo culture, int minimumCellCount)
    {
        Language = language;
        Culture = culture;
        MinimumCellCount = minimumCellCount;
        Labels = new ReportLabels(language);
    }

    /// <summary><c>fi</c>, <c>sv</c> or <c>en</c>.</summary>
    public string Language { get; }

    /// <summary>The culture numbers are written in.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The disclosure threshold: suppressed cells read <c>&lt;k</c>.</summary>
    public int MinimumCellCount { get; }

    /// <summary>Texts made by code in this language.</summary>
    public ReportLabels Labels { get; }

    /// <summary>The formatter of a language code.</summary>
    /// <exception cref="ArgumentException">Not <c>fi</c>, <c>sv</c> or <c>en</c>.</exception>
    public static ReportFormatter For(string language, int minimumCellCount) => language switch
    {
        "fi" => new("fi", CultureInfo.GetCultureInfo("fi-FI"), minimumCellCount),
        "sv" => new("sv", CultureInfo.GetCultureInfo("sv-FI"), minimumCellCount),
        "en" => new("en", CultureInfo.GetCultureInfo("en-GB"), minimumCellCount),
        _ => throw new ArgumentException($"Unknown report language '{language}': use fi, sv or en.", nameof(language)),
    };

    /// <summary>A date: <c>3.2.2025</c> (fi, sv) or <c>3 February 2025</c> (en).</summary>
    public string Date(DateOnly day) => day.ToString(Language == "en" ? "d MMMM yyyy" : "d.M.yyyy", Culture);

    /// <summary>A month: <c>lokakuu 2025</c>, <c>oktober 2025</c>, <c>October 2025</c>.</summary>
    public string Month(DateOnly month) => month.ToString("MMMM yyyy", Culture);

    /// <summary>A short month for chart axes and tables: <c>10/2025</c>.</summary>
    public static string MonthShort(DateOnly month) => month.ToString("M/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A count with the culture's group separator (<c>1 234</c>, <c>1,234</c>).</summary>
    public string Count(long value) => value.ToString("#,0", Culture);

    /// <summary>A number with <paramref name="decimals"/> decimals and group separators.</summary>
    public string Number(double value, int decimals) =>
        value.ToString(decimals == 0 ? "#,0" : "#,0." + new string('0', decimals), Culture);

    /// <summary>A percentage: <c>41,2 %</c> (fi, sv), <c>41.2%</c> (en).</summary>
    public string Percent(double value) => Number(value, 1) + (Language == "en" ? "%" : "\u00a0%");

    /// <summary>A value in its catalog unit (percent sign, days, hours a week, yes/no).</summary>
    public string Indicator(double value, string unit) => unit switch
    {
        IndicatorUnits.Pct => Percent(value),
        IndicatorUnits.Per1000 or IndicatorUnits.ParticipantsPerSession or IndicatorUnits.ScorePoints => Number(value, 1),
        IndicatorUnits.Days => Number(value, value % 1 == 0 ? 0 : 1) + "\u00a0" + Labels.DaysUnit,
        IndicatorUnits.HoursPerWeek => Number(value, value % 1 == 0 ? 0 : 1) + "\u00a0" + Labels.HoursUnit,
        IndicatorUnits.YesNo => value >= 0.5 ? Labels.Yes : Labels.No,
        _ => Number(value, 0),
    };

    /// <summary>A signed change in the unit: <c>+2,5 %-yks.</c>, <c>−12</c>, <c>±0</c>.</summary>
    public string Change(double delta, string unit)
    {
        var oneDecimal = unit is IndicatorUnits.Pct or IndicatorUnits.Per1000 or IndicatorUnits.ParticipantsPerSession or IndicatorUnits.ScorePoints;
        var rounded = Math.Round(delta, oneDecimal ? 1 : 0, MidpointRounding.AwayFromZero);
        var sign = rounded > 0 ? "+" : rounded < 0 ? Culture.NumberFormat.NegativeSign : "±";
        var magnitude = Math.Abs(rounded);
        return unit switch
        {
            IndicatorUnits.Pct => sign + Number(magnitude, 1) + "\u00a0" + Labels.PercentPoints,
            IndicatorUnits.Per1000 or IndicatorUnits.ParticipantsPerSession or IndicatorUnits.ScorePoints => sign + Number(magnitude, 1),
            _ => sign + Number(magnitude, 0),
        };
    }

    /// <summary>A published indicator as a report cell; a missing row reads as no data.</summary>
    public ReportValue Value(PublishedIndicator? published)
    {
        if (published is null || published.IsNoData)
        {
            return NoData();
        }

        return published.IsSuppressed ? Suppressed() : Shown(published.Value!.Value, published.Unit);
    }

    /// <summary>A shown number in <paramref name="unit"/>.</summary>
    public ReportValue Shown(double value, string unit)
    {
        var text = Indicator(value, unit);
        return new ReportValue(text, false, false, value, new RawHtml(WebUtility.HtmlEncode(text)));
    }

    /// <summary>A suppressed cell: <c>&lt;5</c> with its explanation.</summary>
    public ReportValue Suppressed()
    {
        var text = "<" + MinimumCellCount.ToString(CultureInfo.InvariantCulture);
        var html = $"<abbr class=\"supp\" title=\"{WebUtility.HtmlEncode(Labels.SuppressedTitle(MinimumCellCount))}\">{WebUtility.HtmlEncode(text)}</abbr>";
        return new ReportValue(text, true, false, null, new RawHtml(html));
    }

    /// <summary>A no-data cell: <c>–</c> with its explanation.</summary>
    public ReportValue NoData()
    {
        var html = $"<abbr class=\"nodata\" title=\"{WebUtility.HtmlEncode(Labels.NoDataTitle)}\">–</abbr>";
        return new ReportValue("–", false, true, null, new RawHtml(html));
    }
}
