using Osmo.Analytics.Reports.Rendering;

namespace Osmo.Analytics.Reports.ReportModels;

/// <summary>One published number as a report shows it: formatted text, or <c>&lt;5</c> (suppressed), or <c>–</c> (no data).</summary>
/// <param name="Text">Display text in the report's locale (<c>41,2 %</c>, <c>&lt;5</c>, <c>–</c>).</param>
/// <param name="IsSuppressed">Hidden by disclosure control.</param>
/// <param name="IsNoData">Not hidden, but there is nothing to show (no cases to compute from, or no row at all).</param>
/// <param name="Number">The value for charts and comparisons; null when suppressed or no data.</param>
/// <param name="Html">The cell as markup made by code: an <c>abbr</c> explaining <c>&lt;5</c> and <c>–</c>. Never holds input text.</param>
internal sealed record ReportValue(string Text, bool IsSuppressed, bool IsNoData, double? Number, RawHtml Html)
{
    /// <summary>Whether a number is shown.</summary>
    public bool HasValue => Number is not null;
}
