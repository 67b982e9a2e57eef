namespace Osmo.Analytics.IO.Sinks.Excel;

/// <summary>Key of one published cell of a window at the reported period.</summary>
internal readonly record struct CellKey(string Level, string? County, string? Municipality, string? TargetGroup, string IndicatorId);
