using Osmo.Analytics.Flags;

namespace Osmo.Analytics.Core.Tests.Flags;

/// <summary>The seeded region sample end to end: every planted gap found at its keys, nothing in well-served municipalities.</summary>
[TestClass]
public sealed class SampleFlagRunTests
{
    [TestMethod]
    public void Detect_RegionSample_FindsEveryPlantedFlagAtItsKeys()
    {
        var run = SampleFlagRun.Region.Value;

        foreach (var truth in run.Dataset.Truths.Where(t => t.ExpectedFlag is not null))
        {
            run.Flags.Should().Contain(
                f => f.Rule == truth.ExpectedFlag && f.MunicipalityCode == truth.MunicipalityCode && f.TargetGroup == truth.TargetGroup,
                $"{truth.Kind} was planted in {truth.MunicipalityCode} {truth.TargetGroup}");
        }
    }

    [TestMethod]
    public void Detect_RegionSample_WellServedMunicipalitiesRaiseNoServiceGap()
    {
        var run = SampleFlagRun.Region.Value;
        var wellServed = run.Dataset.Truths.Where(t => t.Kind == "well_served").Select(t => t.MunicipalityCode).ToHashSet();

        wellServed.Should().NotBeEmpty();
        run.Flags.Where(f => wellServed.Contains(f.MunicipalityCode) && f.Rule.StartsWith("SG_", StringComparison.Ordinal))
            .Select(f => $"{f.Rule} {f.MunicipalityCode} {f.TargetGroup}").Should().BeEmpty();
    }

    [TestMethod]
    public void Detect_RegionSample_PlantedGroupFlagListsThePlantedGroup()
    {
        var flag = SampleFlagRun.Region.Value.Flags.Single(f => f.Rule == FlagRuleIds.GroupNoParticipants && f.MunicipalityCode == "403");

        flag.EvidenceFi.Should().Contain("”Sampo On Tour”").And.Contain("kaikki viimeisen 3 kuukauden kokoontumiset peruttiin");
        flag.MonthsInRow.Should().BeGreaterThanOrEqualTo(1);
    }

    [TestMethod]
    public void Detect_RegionSample_NoFlagQuotesASuppressedCell()
    {
        var run = SampleFlagRun.Region.Value;
        var suppressed = run.Published
            .Where(p => p.Window == "r12" && p.Period == run.Indicators.Period && p.IsSuppressed)
            .Select(p => (p.Level, p.MunicipalityCode, p.TargetGroup, p.IndicatorId))
            .ToHashSet();

        // The group rule quotes session counts of group_activity (published as they are: meetings, not people).
        foreach (var f in run.Flags.Where(f => f.Rule != FlagRuleIds.GroupNoParticipants && f.IndicatorId is not null && suppressed.Contains((f.Level, f.MunicipalityCode, f.TargetGroup, f.IndicatorId))))
        {
            f.Value.Should().BeNull($"{f.Rule} {f.MunicipalityCode} {f.TargetGroup} is suppressed");
            f.N.Should().BeNull();
            f.Statistic.Should().BeNull();
        }
    }
}
