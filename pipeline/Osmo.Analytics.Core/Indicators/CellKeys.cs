namespace Osmo.Analytics.Indicators;

/// <summary>What <see cref="CellLayout.Describe"/> tells about a cell.</summary>
internal readonly record struct CellKeys(
    string Level, string? County, string? Municipality, string? TargetGroup, string? PeerGroup, int Mi, int Ci, int Ti);
