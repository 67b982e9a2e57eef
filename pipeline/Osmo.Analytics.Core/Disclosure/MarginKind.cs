namespace Osmo.Analytics.Disclosure;

/// <summary>The three ways a published cell is the total of other published cells.</summary>
internal enum MarginKind : byte
{
    /// <summary>Target groups within a municipality or a county: <c>*_x_target_group</c> parts, the level without
    /// target group as total.</summary>
    TargetGroups = 0,

    /// <summary>Areas within an area: municipalities within a county (with or without target group), counties within
    /// all.</summary>
    Areas = 1,

    /// <summary>Months within the year: the 12 <c>month</c> windows ending at a period within its <c>r12</c> window,
    /// for indicators that add up over months (<see cref="MonthAdditivity"/>).</summary>
    Months = 2,
}
