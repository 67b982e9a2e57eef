using Osmo.Analytics.Flags;

namespace Osmo.Analytics.Core.Tests.Flags;

[TestClass]
public sealed class FlagOptionsTests
{
    [TestMethod]
    public void Default_HasTheSpecThresholds()
    {
        FlagOptions.Default.Should().BeEquivalentTo(new
        {
            MinN = 10, AssessmentLateBelow = 80.0, AssessmentLateHighBelow = 60.0, AssessmentStartLateBelow = 90.0,
            AssessmentStartLateHighBelow = 70.0, PlanMissingBelow = 70.0, PlanMissingHighBelow = 50.0, UnplannedClosuresAbove = 30.0,
            UnplannedClosuresCountyGap = 10.0, UnplannedClosuresMinZ = 1.96, MeterLossAbove = 50.0, MeterLossHighAbove = 70.0,
            GroupNoParticipantsMinCancelled = 3, GroupNoParticipantsRecentMonths = 3, NoSocialRehabMinActiveClients = 20,
            BlindSpotMinPeopleInNeed = 20, LowReachRatio = 0.5, TargetGroupRequiresInterval = true,
        });
        FlagOptions.Default.Validate().Should().BeEmpty();
    }

    [TestMethod]
    public void Validate_BadSettings_NameEachOne()
    {
        var problems = (FlagOptions.Default with { MinN = 0, MeterLossHighAbove = 40, LowReachRatio = 0 }).Validate();

        problems.Should().HaveCount(3);
        problems.Should().Contain(p => p.StartsWith("min_n = 0", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("meter_loss_high_above = 40 must be at least meter_loss_above = 50", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("low_reach_ratio", StringComparison.Ordinal));
    }
}
