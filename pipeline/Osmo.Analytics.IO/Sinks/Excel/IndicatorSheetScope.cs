namespace Osmo.Analytics.IO.Sinks.Excel;

/// <summary>What the <c>Indikaattorit</c> sheet holds of the reported month (<see cref="CoordinatorWorkbookOptions.MaxIndicatorRows"/>).</summary>
public enum IndicatorSheetScope
{
    /// <summary>Every level, both windows.</summary>
    Full = 0,

    /// <summary>Municipality level and above (no x target group rows), both windows.</summary>
    WithoutTargetGroups = 1,

    /// <summary>Municipality level and above, r12 window only.</summary>
    Rolling12WithoutTargetGroups = 2,

    /// <summary>As <see cref="Rolling12WithoutTargetGroups"/>, cut at the row limit.</summary>
    Truncated = 3,
}
