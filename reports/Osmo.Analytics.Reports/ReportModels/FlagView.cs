namespace Osmo.Analytics.Reports.ReportModels;

/// <summary>A flag in plain language, for the summary list and the service-gap section.</summary>
/// <param name="Anchor">Fragment id of the flag's detail block (<c>flag-3</c>).</param>
/// <param name="Rule">Rule id.</param>
/// <param name="Title">Plain-language title of the rule.</param>
/// <param name="Severity"><c>high</c>, <c>medium</c> or <c>info</c> (a CSS class).</param>
/// <param name="SeverityLabel">Severity in words.</param>
/// <param name="Where">Municipality and target group the flag concerns.</param>
/// <param name="Evidence">Evidence sentence in the report's language (from the flag).</param>
/// <param name="Statistic">Test statistic or interval, or empty.</param>
/// <param name="Action">Proposed action (toimenpide-ehdotus) in the report's language.</param>
/// <param name="FirstSeen">Month the current run of the flag began.</param>
/// <param name="Persistence">Months in a row, in words.</param>
/// <param name="Trend">A 24-month chart of the flag's indicator, or null.</param>
internal sealed record FlagView(
    string Anchor,
    string Rule,
    string Title,
    string Severity,
    string SeverityLabel,
    string Where,
    string Evidence,
    string Statistic,
    string Action,
    string FirstSeen,
    string Persistence,
    TrendView? Trend)
{
    public bool HasTrend => Trend is not null;
}
