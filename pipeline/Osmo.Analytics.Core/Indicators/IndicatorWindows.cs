namespace Osmo.Analytics.Indicators;

/// <summary>Window names used in every output (<see cref="IndicatorValue.Window"/>).</summary>
public static class IndicatorWindows
{
    /// <summary>One calendar month.</summary>
    public const string Month = "month";

    /// <summary>The rolling 12 months ending at the period month.</summary>
    public const string Rolling12 = "r12";

    /// <summary>Number of month windows ending at the period (the trend).</summary>
    public const int TrendMonths = 24;
}
