using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Reports.ReportModels;

/// <summary>The area a report or table is about: a municipality, a wellbeing county or all data, with the level
/// names of its totals and of its target-group breakdown.</summary>
/// <param name="Level">Level of the area's totals (<c>municipality</c>, <c>county</c>, <c>all</c>).</param>
/// <param name="TargetGroupLevel">Level of its target-group rows, or null (<c>all</c> has none).</param>
/// <param name="Key">Municipality code, county code, or null for all data.</param>
internal sealed record ReportScope(string Level, string? TargetGroupLevel, string? Key)
{
    public static ReportScope All { get; } = new(IndicatorLevels.All, null, null);

    public static ReportScope Municipality(string code) =>
        new(IndicatorLevels.Municipality, IndicatorLevels.MunicipalityXTargetGroup, code);

    public static ReportScope County(string code) =>
        new(IndicatorLevels.County, IndicatorLevels.CountyXTargetGroup, code);
}
