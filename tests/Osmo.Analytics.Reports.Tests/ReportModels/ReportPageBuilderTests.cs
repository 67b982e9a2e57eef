using Osmo.Analytics.Indicators;
using Osmo.Analytics.Reports.ReportModels;
using Osmo.Analytics.Reports.Tests.SocialReports;

namespace Osmo.Analytics.Reports.Tests.ReportModels;

[TestClass]
public sealed class ReportPageBuilderTests
{
    private static MunicipalityReportView Alajarvi(string language = "fi")
    {
        var results = TestModels.Basic();
        var ix = new ResultsIndex(results);
        return ReportPageBuilder.Municipality(ix, ReportFormatter.For(language, 5), results.Reference.Municipalities[0]);
    }

    [TestMethod]
    public void Municipality_ActiveClients_R12AndChangeFromSameMonthAYearEarlier()
    {
        // TestModels.BasicCell: active = size*2 + month with size 10 (young adults) and 15 (long-term unemployed);
        // period month (23): 43 + 53 = 96; twelve months earlier (11): 31 + 41 = 72; r12 = size*4: 40 + 60 = 100.
        var k = Alajarvi().KeyFigures.Single(x => x.IndicatorId == IndicatorIds.ActiveClients);

        k.Value.Text.Should().Be("100");
        k.MonthNow.Text.Should().Be("96");
        k.MonthYearAgo.Text.Should().Be("72");
        k.Change.Should().Be("+24");
        k.Verdict.Should().Be("kasvua");
    }

    [TestMethod]
    public void Municipality_ClientPlan_ChangeInPercentPointsJudgedBetter()
    {
        // client_plan_pct: num = size + month/3, den = size*2. Period (23): (10+7 + 15+7)/(20+30) = 39/50 = 78,0 %;
        // a year earlier (11): (10+3 + 15+3)/50 = 31/50 = 62,0 %; change +16,0 points, higher is better.
        var k = Alajarvi().KeyFigures.Single(x => x.IndicatorId == IndicatorIds.ClientPlanPct);

        k.MonthNow.Text.Should().Be("78,0\u00a0%");
        k.MonthYearAgo.Text.Should().Be("62,0\u00a0%");
        k.Change.Should().Be("+16,0\u00a0%-yks.");
        k.Verdict.Should().Be("parempi");
    }

    [TestMethod]
    public void Municipality_Flags_OwnOnlyMostSevereFirst()
    {
        var flags = Alajarvi().Flags;

        flags.Select(f => f.Rule).Should().Equal("BS_UNREACHED_GROUP", "SG_PLAN_MISSING");
        flags[0].Where.Should().Be("Alajärvi: pitkäaikaistyöttömät");
        flags[0].Persistence.Should().Be("5 kuukautta peräkkäin");
        flags[0].FirstSeen.Should().Be("kesäkuu 2025");
        flags[0].HasTrend.Should().BeTrue();
    }

    [TestMethod]
    public void Municipality_ReachTable_ComparesWithCountyAndPeerMedian()
    {
        // reach_pct r12 young adults: each municipality size*2/size*4 = 50 %; county = (20+40+60)/(40+80+120) = 50 %;
        // the two peers (Alavus, Ilmajoki) both 50 % -> median 50 %. Long-term unemployed in Alajärvi: 0/40 = 0 %.
        var table = Alajarvi().TargetGroupTables.Single(t => t.IndicatorId == IndicatorIds.ReachPct);

        table.Rows[0].Value.Text.Should().Be("50,0\u00a0%");
        table.Rows[0].Comparator.Text.Should().Be("50,0\u00a0%");
        table.Rows[0].Peer.Text.Should().Be("50,0\u00a0%");
        table.Rows[1].Value.Text.Should().Be("0,0\u00a0%");
        table.Rows[2].IsTotal.Should().BeTrue();
    }

    [TestMethod]
    public void Municipality_ZeroDenominator_ShowsNoData()
    {
        var table = Alajarvi().TargetGroupTables.Single(t => t.IndicatorId == IndicatorIds.AssessmentStart7WdPct);

        table.Rows[1].Value.IsNoData.Should().BeTrue();
        table.Rows[1].Value.Text.Should().Be("–");
    }

    [TestMethod]
    public void Municipality_SmallMeterDomainAndSmallGroup_AreSuppressed()
    {
        var view = Alajarvi();

        view.Meters.Rows.Select(r => r.Domain).Should().Equal("Työkyky (kokonaisarvio)", "Henkinen hyvinvointi");
        view.Meters.Rows[0].Mean.Text.Should().Be("+0,8");
        view.Meters.Rows[0].Interval.Should().Be("0,2 … 1,4");
        view.Meters.Rows[1].N.IsSuppressed.Should().BeTrue();
        view.Meters.Rows[1].Mean.IsSuppressed.Should().BeTrue();
        var small = view.Groups.Single(g => g.Name == "Luontoryhmä");
        small.Participants.Text.Should().Be("<5");
        small.AttendanceMean.Text.Should().Be("<5");
    }

    [TestMethod]
    public void County_MunicipalityTable_LinksEveryMunicipalityAndEndsWithTheCounty()
    {
        var results = TestModels.Basic();
        var ix = new ResultsIndex(results);
        var view = ReportPageBuilder.County(ix, ReportFormatter.For("sv", 5), results.Reference.Counties.Single(c => c.Code == "16"));

        var rows = view.Comparison[0].Rows;
        rows.Select(r => r.Name).Should().Equal("Alajärvi", "Alavo", "Ilmola", "Södra Österbottens välfärdsområde");
        rows.Select(r => r.Href).Should().Equal("municipality-005.html", "municipality-010.html", "municipality-145.html", string.Empty);
        view.Flags.Select(f => f.Rule).Should().Equal("BS_UNREACHED_GROUP", "SG_METER_LOSS", "SG_PLAN_MISSING");
    }
}
