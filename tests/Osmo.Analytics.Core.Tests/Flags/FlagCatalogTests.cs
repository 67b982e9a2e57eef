using Osmo.Analytics.Flags;

namespace Osmo.Analytics.Core.Tests.Flags;

[TestClass]
public sealed class FlagCatalogTests
{
    [TestMethod]
    public void Describe_ListsEveryRuleOnceInCatalogOrder()
    {
        FlagCatalog.Describe(FlagOptions.Default).Select(r => r.Id).Should().Equal(FlagRuleIds.All);
    }

    [TestMethod]
    public void Describe_FillsTheConfiguredThresholds()
    {
        var plan = FlagCatalog.Describe(FlagOptions.Default with { PlanMissingBelow = 65, MinN = 12 }).Single(r => r.Id == FlagRuleIds.PlanMissing);

        plan.DefinitionEn.Should().StartWith("client_plan_pct below 65 % (r12), denominator at least 12.");
        plan.Severity.Should().Be("high when below 50 %, else medium");
    }

    [TestMethod]
    public void ToMarkdown_HasOneRowPerRule()
    {
        var md = FlagCatalog.ToMarkdown(FlagOptions.Default);

        md.Split('\n').Count(l => l.StartsWith("| `", StringComparison.Ordinal)).Should().Be(12);
        md.Should().NotContain("\r");
    }
}
