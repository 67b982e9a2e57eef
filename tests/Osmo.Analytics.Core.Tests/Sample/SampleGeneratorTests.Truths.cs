using System.Globalization;
using Osmo.Analytics.Model;
using Osmo.Analytics.Sample;

namespace Osmo.Analytics.Core.Tests.Sample;

/// <summary>The planted gaps are really in the rows, measured here independently of the generator's parameters.</summary>
public sealed partial class SampleGeneratorTests
{
    [TestMethod]
    public void Truths_Region_ListTheDocumentedGaps()
    {
        Region.Value.Truths.Select(t => (t.MunicipalityCode, t.Kind)).Should().BeEquivalentTo(new[]
        {
            ("005", "no_social_rehab"), ("010", "meter_follow_up_loss"), ("145", "well_served"), ("232", "late_assessments"),
            ("232", "late_assessment_starts"), ("233", "unreached_group"), ("301", "unplanned_closures"),
            ("301", "no_participation_structure"), ("403", "group_no_participants"), ("408", "missing_client_plans"),
            ("743", "well_served"), ("934", "no_attendance"), ("989", "low_reach"),
        });
    }

    [TestMethod]
    public void Cases_Region_PlantedGapsShowInTheRows()
    {
        var closed = new Dictionary<string, (int All, int Unplanned)>();
        var planned = new Dictionary<string, (int All, int WithPlan)>();
        var immigrantsKauhava = 0;
        var rehabAlajarviLtu = 0;
        foreach (var r in Region.Value.Rows(SourceKind.Cases))
        {
            if (r[16].Length > 0)
            {
                var c = closed.GetValueOrDefault(r[2]);
                closed[r[2]] = (c.All + 1, c.Unplanned + (Codes.UnplannedClosureReasons.Contains(r[16]) ? 1 : 0));
            }

            var p = planned.GetValueOrDefault(r[2]);
            planned[r[2]] = (p.All + 1, p.WithPlan + (r[10].Length > 0 ? 1 : 0));
            immigrantsKauhava += r[2] == "233" && r[3] == "immigrants" ? 1 : 0;
            rehabAlajarviLtu += r[2] == "005" && r[3] == "long_term_unemployed" && r[11].Length > 0 ? 1 : 0;
        }

        static double Share((int All, int Part) x) => 100.0 * x.Part / x.All;
        Share(closed["301"]).Should().BeGreaterThan(40, "Kurikka has planted unplanned closures");
        Share(closed["743"]).Should().BeLessThan(25);
        Share(planned["408"]).Should().BeLessThan(45, "Lapua has planted missing client plans");
        Share(planned["145"]).Should().BeGreaterThan(75);
        immigrantsKauhava.Should().Be(0);
        rehabAlajarviLtu.Should().Be(0);
    }

    [TestMethod]
    public void Meters_Region_AlavusLosesFollowUps()
    {
        // Follow-up = a later measurement of the same client and meter >= 60 days after the first (contract section 2);
        // only baselines older than 180 days at the window end are due (indicators.md, meter_follow_up_loss_pct).
        var due = Region.Value.Options.WindowEnd.AddDays(-180);
        var first = new Dictionary<(string Client, string Meter), (string Municipality, DateOnly On)>();
        var followed = new HashSet<(string, string)>();
        foreach (var r in Region.Value.Rows(SourceKind.Meters))
        {
            var key = (r[1], r[4]);
            var on = DateOnly.ParseExact(r[5], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (!first.TryGetValue(key, out var b))
            {
                first[key] = (r[3], on);
            }
            else if (on.DayNumber - b.On.DayNumber >= 60)
            {
                followed.Add(key);
            }
        }

        double FollowUpShare(string municipality)
        {
            var baselines = first.Where(p => p.Value.Municipality == municipality && p.Value.On <= due).Select(p => p.Key).ToList();
            return 100.0 * baselines.Count(followed.Contains) / baselines.Count;
        }

        FollowUpShare("010").Should().BeLessThan(20);
        FollowUpShare("743").Should().BeGreaterThan(60);
        FollowUpShare("005").Should().BeGreaterThan(55, "an ordinary municipality must not raise SG_METER_LOSS (loss > 50 %)");
    }

    [TestMethod]
    public void Sessions_Region_PlantedGroupAndStructureGaps()
    {
        var lastThree = new DateOnly(2025, 8, 1);
        var sampo = Region.Value.Rows(SourceKind.GroupSessions).Where(r => r[1] == "Sampo On Tour").ToList();
        sampo.Should().NotBeEmpty().And.OnlyContain(r => r[2] == "403");
        var recent = sampo.Where(r => DateOnly.ParseExact(r[5], "yyyy-MM-dd", CultureInfo.InvariantCulture) >= lastThree).ToList();
        recent.Should().HaveCountGreaterThanOrEqualTo(3).And.OnlyContain(r => r[6] == "cancelled" && r[7] == "no_participants");

        var sessions = Region.Value.Rows(SourceKind.GroupSessions).ToList();
        sessions.Where(r => r[2] == "301").Should().NotContain(r => r[3] == "client_panel" || r[3] == "developer_clients");
        sessions.Should().Contain(r => r[2] == "145" && r[3] == "client_panel" && r[6] == "held");
        Region.Value.Reference.ParticipationStructures.Should().NotContain(p => p.MunicipalityCode == "301");

        var attendedGroups = Region.Value.Rows(SourceKind.GroupAttendance).Select(r => r[0]).ToHashSet();
        var vimpeliGroups = sessions.Where(r => r[2] == "934").Select(r => r[0]).ToHashSet();
        vimpeliGroups.Should().NotBeEmpty();
        attendedGroups.Should().NotIntersectWith(vimpeliGroups);
    }
}
