using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Core.Tests.Disclosure;

/// <summary>Builders of indicator values for disclosure tests: one municipality x target group cell of October 2025.</summary>
internal static class IndicatorValues
{
    private static readonly DateOnly October = new(2025, 10, 1);

    public static IndicatorValue Count(long? count, string id = "active_clients") =>
        new(October, "r12", "municipality_x_target_group", "01", "005", "homeless", id,
            count, null, count, null, null, "client");

    public static IndicatorValue Share(long? numerator, long? denominator, double? value = null) =>
        new(October, "r12", "municipality_x_target_group", "01", "005", "homeless", "client_plan_pct",
            numerator, denominator,
            value ?? (denominator is > 0 ? 100.0 * numerator / denominator : null),
            10, 90, "case");

    public static IndicatorValue Mean(long? n, double? value = 1.5) =>
        new(October, "r12", "municipality_x_target_group", "01", "005", "homeless", "meter_change_mean",
            null, n, value, 0.5, 2.5, "score");
}
