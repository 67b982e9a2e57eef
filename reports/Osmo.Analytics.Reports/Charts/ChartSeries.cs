namespace Osmo.Analytics.Reports.Charts;

/// <summary>One line of a <see cref="TrendChart"/>: a legend label and one value per month (null = not shown: a gap).</summary>
/// <param name="Label">Legend label (plain text; the chart escapes it).</param>
/// <param name="Values">Values in month order, the same length as the chart's month labels.</param>
public sealed record ChartSeries(string Label, IReadOnlyList<double?> Values);
