using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Flags;

/// <summary>How the r12 of an earlier report month is rebuilt from the month windows (persistence).</summary>
/// <remarks>
/// <list type="bullet">
/// <item><see cref="Sum"/>: flows (<see cref="MonthAdditivity"/>): the 12 months' numerators and denominators add up
/// exactly. Needs 12 trend months, so it is known from the 12th trend month on.</item>
/// <item><see cref="EndOfWindow"/>: stocks judged at the window end (client_plan_pct, the cumulative
/// meter_follow_up_loss_pct, low-threshold points): r12 ending at month m equals the month-m window. Known for all 24 months.</item>
/// <item><see cref="Largest"/>: distinct counts and yes/no facts (active clients, reach, participation structures):
/// the largest month is a lower bound of the 12 months, exact for "none" (zero in every month). An approximation for
/// reach ratios and "at least 20 active clients"; documented in docs/flags.md.</item>
/// </list>
/// </remarks>
internal static class TrailingKind
{
    public const int Sum = 0;
    public const int EndOfWindow = 1;
    public const int Largest = 2;

    public static int Of(string indicator) => indicator switch
    {
        IndicatorIds.ClientPlanPct or IndicatorIds.MeterFollowUpLossPct or IndicatorIds.LowThresholdPoints => EndOfWindow,
        _ when MonthAdditivity.IsAdditiveOverMonths(indicator) => Sum,
        _ => Largest,
    };
}
