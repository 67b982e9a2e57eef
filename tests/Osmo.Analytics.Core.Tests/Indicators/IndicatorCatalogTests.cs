using System.Reflection;
using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Core.Tests.Indicators;

[TestClass]
public sealed class IndicatorCatalogTests
{
    private static readonly string[] SpecIds =
    [
        // Every id of the spec tables in /work/shared/spec/indicators.md.
        "active_clients", "new_cases", "closed_cases", "clients_per_1000", "reach_pct", "outreach_first_contact_pct",
        "assessment_start_7wd_pct", "assessment_done_3m_pct", "client_plan_pct", "days_to_plan_median", "unplanned_closure_pct",
        "social_rehab_decisions", "experience_expert_pct", "participation_3plus_pct",
        "meter_coverage_pct", "meter_follow_up_loss_pct", "meter_change_mean", "meter_improved_pct",
        "groups_active", "group_sessions_held", "group_sessions_cancelled", "sessions_no_participants", "group_participants_distinct",
        "group_attendance_mean", "groups_experience_expert_pct", "sessions_low_threshold_pct",
        "has_client_panel", "has_developer_clients", "uses_experience_experts", "low_threshold_points", "low_threshold_hours",
    ];

    [TestMethod]
    public void All_CoversEverySpecIndicator() =>
        IndicatorCatalog.All.Select(d => d.Id).Should().Contain(SpecIds);

    [TestMethod]
    public void All_IdsAreUniqueAndMatchTheIdConstants()
    {
        var ids = IndicatorCatalog.All.Select(d => d.Id).ToList();
        var constants = typeof(IndicatorIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);

        ids.Should().OnlyHaveUniqueItems();
        ids.Should().BeEquivalentTo(constants);
    }

    [TestMethod]
    public void All_EveryEntryIsComplete()
    {
        foreach (var d in IndicatorCatalog.All)
        {
            new[] { d.NameFi, d.NameSv, d.NameEn, d.DefinitionFi, d.DefinitionEn, d.Numerator, d.Unit }.Should().OnlyContain(s => s.Length > 0, d.Id);
            d.SourceFiles.Should().NotBeEmpty(d.Id);
            d.Levels.Should().NotBeEmpty(d.Id);
            if (d.Unit == IndicatorUnits.Pct)
            {
                d.Denominator.Should().NotBeNullOrEmpty(d.Id);
            }
        }
    }

    [TestMethod]
    public void ToMarkdown_ListsEveryIndicatorOnceWithVersionAndLocalStandardNote()
    {
        var md = IndicatorCatalog.ToMarkdown();

        md.Should().StartWith("# Indicator catalog\n");
        md.Should().Contain("`" + IndicatorCatalog.Version + "`");
        md.Should().Contain("local service standard");
        md.Should().NotContain("\r");
        foreach (var d in IndicatorCatalog.All)
        {
            md.Split('\n').Count(l => l.StartsWith("| `" + d.Id + "` |", StringComparison.Ordinal)).Should().Be(1, d.Id);
        }
    }

    [TestMethod]
    public void Get_UnknownId_Throws()
    {
        IndicatorCatalog.Find("nope").Should().BeNull();
        var act = () => IndicatorCatalog.Get("nope");
        act.Should().Throw<KeyNotFoundException>();
    }
}
