using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Flags;
using Osmo.Analytics.Indicators;
using Osmo.Analytics.Model;
using Osmo.Analytics.Reference;

namespace Osmo.Analytics.IO.Tests.Sinks.Excel;

/// <summary>A small hand-made run of October 2025: county 16 with Alajärvi (005) and Alavus (010), two target groups,
/// published through the real disclosure stage, with hostile text in every input-derived place.</summary>
internal static class WorkbookSample
{
    public static readonly DateOnly October = new(2025, 10, 1);
    public static readonly DateOnly September = new(2025, 9, 1);

    /// <summary>A group name that a spreadsheet would run as a formula if it were written as one.</summary>
    public const string HyperlinkGroupName = "=HYPERLINK(\"http://x\",\"y\")";

    /// <summary>A target group name starting with '+'.</summary>
    public const string PlusTargetGroupName = "+pitkäaikaistyöttömät";

    /// <summary>An input file name built as a DDE attack.</summary>
    public const string DdeFileName = "=cmd|' /C calc'!A0.csv";

    /// <summary>A flag evidence sentence starting with '@'.</summary>
    public const string AtEvidence = "@SUM(1+1) asiakassuunnitelmia puuttuu";

    public static ReferenceData Reference() => new(
        [
            new Municipality("005", "Alajärvi", "Alajärvi", "Järviseutu", "16", 4620),
            new Municipality("010", "Alavus", "Alavus", "Kuusiokunnat", "16", 5400),
        ],
        [new WellbeingCounty("16", "Etelä-Pohjanmaan hyvinvointialue", "Södra Österbottens välfärdsområde", "South Ostrobothnia")],
        [
            new CodeName("young_adults", "nuoret aikuiset (18-29)", "unga vuxna (18-29)", "young adults (18-29)"),
            new CodeName("long_term_unemployed", PlusTargetGroupName, "långtidsarbetslösa", "long-term unemployed"),
        ],
        [new CodeName("social_counselling", "sosiaaliohjaus", "socialhandledning", "social counselling")],
        [],
        [],
        [],
        []);

    /// <summary>The computed (unsuppressed) values.</summary>
    public static IReadOnlyList<IndicatorValue> Values() =>
    [
        // client_plan_pct, r12: municipality 005 = 41/100; its target groups 3/10 (primary: numerator 3) and 38/90.
        Share("municipality", "005", null, IndicatorIds.ClientPlanPct, 41, 100, 31.9, 50.8),
        Share("municipality_x_target_group", "005", "young_adults", IndicatorIds.ClientPlanPct, 3, 10, 10.8, 60.3),
        Share("municipality_x_target_group", "005", "long_term_unemployed", IndicatorIds.ClientPlanPct, 38, 90, 32.5, 52.4),
        Share("municipality", "010", null, IndicatorIds.ClientPlanPct, 39, 100, 30.0, 48.8),
        Share("municipality_x_target_group", "010", "young_adults", IndicatorIds.ClientPlanPct, 20, 50, 27.6, 53.8),
        Share("municipality_x_target_group", "010", "long_term_unemployed", IndicatorIds.ClientPlanPct, 19, 50, 26.2, 51.8),
        Share("county", null, null, IndicatorIds.ClientPlanPct, 80, 200, 33.5, 46.9),
        // reach_pct of Alavus: no need estimate in the window, 0 / 0: no data, not suppressed.
        Share("municipality", "010", null, IndicatorIds.ReachPct, 0, 0, null, null),
        // active_clients, a count: 120 in Alajärvi.
        new(October, "r12", "municipality", "16", "005", null, IndicatorIds.ActiveClients, 120, null, 120, null, null, IndicatorUnits.Client),
        // meter_follow_up_loss_pct of Alajärvi: 12/48 = 25 %.
        Share("municipality", "005", null, IndicatorIds.MeterFollowUpLossPct, 12, 48, 14.9, 38.8),
        // has_client_panel: a reference fact, 1 = yes.
        new(October, "r12", "municipality", "16", "005", null, IndicatorIds.HasClientPanel, 1, null, 1, null, null, IndicatorUnits.YesNo),
        // The month window of October: 4/8 (primary: numerator 4).
        new(October, "month", "municipality", "16", "005", null, IndicatorIds.ClientPlanPct, 4, 8, 50, 21.5, 78.5, IndicatorUnits.Pct),
        // A trend month: not in the workbook's long sheet.
        new(September, "month", "municipality", "16", "005", null, IndicatorIds.ClientPlanPct, 30, 60, 50, 37.7, 62.3, IndicatorUnits.Pct),
    ];

    public static IReadOnlyList<GroupActivity> Groups() =>
    [
        new(October, "r12", "16", "005", "G001", HyperlinkGroupName, "peer", "young_adults", 20, 2, 1, 5, 6.5, 12),
        new(October, "r12", "16", "005", "G002", "-1+2 kahvila", "activity", null, 10, 0, 0, 0, 3.0, 3),
        // The month row of the same group: not on the r12 sheet.
        new(October, "month", "16", "005", "G001", HyperlinkGroupName, "peer", "young_adults", 2, 0, 0, 1, 6.0, 6),
    ];

    public static IReadOnlyList<Flag> Flags() =>
    [
        new(October, "SG_PLAN_MISSING", "municipality_x_target_group", "16", "005", "young_adults", null, "medium",
            IndicatorIds.ClientPlanPct, null, "county", 40.0, null, null, AtEvidence, "sv", "en",
            "Selvitä suunnitelmien puute.", "sv", "en", new DateOnly(2025, 6, 1), 5),
        new(October, "SG_LOW_REACH", "municipality", "16", "010", null, null, "high",
            IndicatorIds.ClientPlanPct, 39.0, "threshold", 50.0, 100, "95 % CI 30.0-48.8", "Alavuksella 39,0 %.", "sv", "en",
            "Käy läpi avoimet asiakkuudet.", "sv", "en", new DateOnly(2025, 8, 1), 3),
    ];

    public static IReadOnlyList<InputFileReport> Inputs() =>
    [
        new("cases.csv", "cases", new string('a', 64), 12_345, "utf-8-bom", ";", 100, 97, 3,
            QuarantineReasons.All.ToDictionary(r => r.Code(), r => r == QuarantineReason.BadValue ? 2L : r == QuarantineReason.DirectIdentifier ? 1L : 0L),
            ["lisätieto"], null),
        new(DdeFileName, "meters", new string('b', 64), 10, "windows-1252", "tab", 0, 0, 0,
            QuarantineReasons.All.ToDictionary(r => r.Code(), _ => 0L), [], "=1+1 sarake puuttuu"),
    ];

    public static PublishedResults Results()
    {
        var options = new DisclosureOptions();
        return new PublishedResults(
            October,
            "run-2025-10-test",
            "0.1.0",
            IndicatorCatalog.Version,
            IndicatorDisclosure.Suppress(Values(), options),
            [],
            TableDisclosure.Suppress(Groups(), options),
            Flags(),
            new Dictionary<string, string>(StringComparer.Ordinal) { ["005"] = "P1", ["010"] = "P1" },
            Reference(),
            Inputs(),
            HasAttendance: true,
            MinimumCellCount: options.MinimumCellCount);
    }

    private static IndicatorValue Share(string level, string? municipality, string? targetGroup, string id, long numerator, long denominator, double? ciLow, double? ciHigh) =>
        new(October, "r12", level, "16", municipality, targetGroup, id, numerator, denominator,
            denominator == 0 ? null : 100.0 * numerator / denominator, ciLow, ciHigh, IndicatorUnits.Pct);
}
