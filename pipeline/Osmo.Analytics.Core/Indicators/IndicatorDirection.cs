namespace Osmo.Analytics.Indicators;

/// <summary>Which way an indicator is better. Wire codes: <c>higher_is_better</c>, <c>lower_is_better</c>, <c>neutral</c>.</summary>
public enum IndicatorDirection
{
    /// <summary>A volume or context figure: neither direction is better in itself.</summary>
    Neutral = 0,
    /// <summary>Higher values are better (e.g. <c>client_plan_pct</c>).</summary>
    HigherIsBetter = 1,
    /// <summary>Lower values are better (e.g. <c>unplanned_closure_pct</c>).</summary>
    LowerIsBetter = 2,
}
