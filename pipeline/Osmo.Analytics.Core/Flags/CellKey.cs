using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Flags;

/// <summary>Level keys of one indicator cell (ordinal equality).</summary>
internal readonly record struct CellKey(string Level, string? County, string? Municipality, string? TargetGroup)
{
    /// <summary>The county cell a municipality cell compares with: the county, or the county's same target group.</summary>
    public CellKey CountyCell => TargetGroup is null
        ? new(IndicatorLevels.County, County, null, null)
        : new(IndicatorLevels.CountyXTargetGroup, County, null, TargetGroup);

    /// <summary>The municipality cell of a municipality x target group cell (itself at municipality level).</summary>
    public CellKey MunicipalityCell => new(IndicatorLevels.Municipality, County, Municipality, null);
}
