using System.Collections.Immutable;
using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Indicators;
using Osmo.Analytics.Reference;

namespace Osmo.Analytics.Reports.Tests.SocialReports;

/// <summary>Published results for report tests: a small fixed model (golden files) and a larger seeded one (browser).</summary>
internal static class TestModels
{
    public static readonly DateOnly Period = new(2025, 10, 1);

    public const string ScriptGroupName = "<script>alert(1)</script>";

    private static readonly WellbeingCounty[] Counties =
    [
        new("16", "Etelä-Pohjanmaan hyvinvointialue", "Södra Österbottens välfärdsområde", "South Ostrobothnia wellbeing services county"),
        new("17", "Pohjanmaan hyvinvointialue", "Österbottens välfärdsområde", "Ostrobothnia wellbeing services county"),
    ];

    private static readonly CodeName[] TargetGroups =
    [
        new("young_adults", "nuoret aikuiset (18-29)", "unga vuxna (18-29)", "young adults (18-29)"),
        new("long_term_unemployed", "pitkäaikaistyöttömät", "långtidsarbetslösa", "long-term unemployed"),
    ];

    private static readonly MeterDomain[] Domains =
    [
        new("KYKYVIISARI", "work_ability", "Työkyky (kokonaisarvio)", "Work ability (overall)", 0, 10, true),
        new("KYKYVIISARI", "mental_wellbeing", "Henkinen hyvinvointi", "Mental well-being", 0, 10, true),
    ];

    /// <summary>Three municipalities of one county in one peer group; hand-set numbers (see <see cref="BasicCell"/>).</summary>
    public static PublishedResults Basic()
    {
        var reference = new ReferenceData(
            [
                new Municipality("005", "Alajärvi", "Alajärvi", "Järviseutu", "16", 4620),
                new Municipality("010", "Alavus", "Alavo", "Kuusiokunnat", "16", 5710),
                new Municipality("145", "Ilmajoki", "Ilmola", "Seinäjoen seutukunta", "16", 6480),
            ],
            Counties,
            TargetGroups,
            [],
            Domains,
            [new LowThresholdPoint("LT01", "005", "Kohtaamispaikka Tori", "drop_in", ["young_adults"], 20, new DateOnly(2019, 1, 1), null)],
            [new ParticipationStructure("005", "client_panel", new DateOnly(2020, 1, 1), null)],
            []);
        var fx = new ResultsFixture(reference, Period);
        foreach (var code in new[] { "005", "010", "145" })
        {
            fx.PeerGroups[code] = "P1";
        }

        fx.MeterChanges.Add(new MeterChange(Period, "r12", "municipality", "16", "005", null, "KYKYVIISARI", "work_ability", 40, 0.8, 1.9, 0.19, 1.41, 24, 60.0, 44.6, 73.6));
        fx.MeterChanges.Add(new MeterChange(Period, "r12", "municipality", "16", "005", null, "KYKYVIISARI", "mental_wellbeing", 3, -0.3, 0.5, null, null, 1, 33.3, null, null));
        fx.Groups.Add(new GroupActivity(Period, "r12", "16", "005", "G1", ScriptGroupName, "peer", "young_adults", 20, 2, 1, 5, 6.5, 14));
        fx.Groups.Add(new GroupActivity(Period, "r12", "16", "005", "G2", "Luontoryhmä", "animal_nature", null, 8, 4, 3, 0, 3.0, 3));
        fx.Flags.Add(ResultsFixture.MakeFlag(Period, "SG_PLAN_MISSING", "medium", "16", "005", null, IndicatorIds.ClientPlanPct, 62.5, 2,
            "Asiakassuunnitelma oli tehty 62,5 %:lle yli 30 päivää asiakkaana olleista (raja 70 %)."));
        fx.Flags.Add(ResultsFixture.MakeFlag(Period, "BS_UNREACHED_GROUP", "high", "16", "005", "long_term_unemployed", IndicatorIds.ReachPct, 0, 5,
            "Pitkäaikaistyöttömiä on palvelutarpeessa arviolta 40, mutta yksikään ei ollut asiakkaana."));
        fx.Flags.Add(ResultsFixture.MakeFlag(Period, "SG_METER_LOSS", "high", "16", "010", null, IndicatorIds.MeterFollowUpLossPct, 71.0, 1,
            "Seurantamittaus puuttui 71 %:lta erääntyneistä alkumittauksista."));
        return fx.Publish(BasicCell);
    }

    /// <summary>Hand-set cell values: municipality m (0..2), target group g (0..1), month i (0..23, -1 = r12).</summary>
    /// <remarks>Alajärvi's long-term unemployed have 3 new cases a month (suppressed: 1-4) and none with special
    /// support need (assessment_start_7wd_pct has a zero denominator: no data).</remarks>
    internal static (long Num, long Den) BasicCell(int m, int g, IndicatorDefinition def, int i)
    {
        var month = i < 0 ? 30 : i;
        var size = (m + 1) * 10 + (g * 5);
        return def.Id switch
        {
            IndicatorIds.ActiveClients => (i < 0 ? size * 4 : size * 2 + month, 0),
            IndicatorIds.NewCases => (m == 0 && g == 1 ? 3 : size / 2 + (month % 4), 0),
            IndicatorIds.ReachPct => (m == 0 && g == 1 ? 0 : size * 2, m == 0 && g == 1 ? 40 : size * 4),
            IndicatorIds.AssessmentStart7WdPct => m == 0 && g == 1 ? (0, 0) : (size - 2 + (month % 3), size + 5),
            IndicatorIds.ClientPlanPct => (size + (month / 3), size * 2),
            IndicatorIds.UnplannedClosurePct => (size / 5 + month % 3, size),
            IndicatorIds.MeterFollowUpLossPct => (size * 2 / 3, size + 10),
            IndicatorIds.HasClientPanel => (m == 0 ? 1 : 0, 0),
            IndicatorIds.HasDeveloperClients or IndicatorIds.UsesExperienceExperts => (0, 0),
            IndicatorIds.DaysToPlanMedian => (size * 20, size),
            IndicatorIds.GroupAttendanceMean => (size * 6, size),
            IndicatorIds.LowThresholdPoints or IndicatorIds.LowThresholdHours => (0, 0),
            _ => def.Denominator is null ? (size + month % 5, 0) : (size / 2 + month % 4, size + 6),
        };
    }

    /// <summary>Two counties, six municipalities (Swedish names differ in Ostrobothnia), seeded random numbers with
    /// small cells, 24 months, flags of every severity, meter changes and groups.</summary>
    public static PublishedResults Realistic(int seed = 7)
    {
        var reference = new ReferenceData(
            [
                new Municipality("005", "Alajärvi", "Alajärvi", "Järviseutu", "16", 4620),
                new Municipality("145", "Ilmajoki", "Ilmola", "Seinäjoen seutukunta", "16", 6480),
                new Municipality("301", "Kurikka", "Kurikka", "Seinäjoen seutukunta", "16", 10190),
                new Municipality("743", "Seinäjoki", "Seinäjoki", "Seinäjoen seutukunta", "16", 38760),
                new Municipality("499", "Mustasaari", "Korsholm", "Vaasan seutukunta", "17", 11200),
                new Municipality("905", "Vaasa", "Vasa", "Vaasan seutukunta", "17", 42100),
            ],
            Counties,
            [.. TargetGroups, new CodeName("immigrants", "maahanmuuttajat", "invandrare", "immigrants")],
            [],
            Domains,
            [
                new LowThresholdPoint("LT01", "743", "Kohtaamispaikka Tori", "drop_in", ["young_adults", "long_term_unemployed"], 20, new DateOnly(2019, 1, 1), null),
                new LowThresholdPoint("LT02", "905", "Träffpunkt Vasa", "mobile", ["immigrants"], 12.5, new DateOnly(2021, 1, 1), null),
            ],
            [new ParticipationStructure("743", "client_panel", new DateOnly(2023, 1, 1), null)],
            []);
        var fx = new ResultsFixture(reference, Period);
        string[] peers = ["A", "A", "A", "B", "A", "B"];
        for (var m = 0; m < reference.Municipalities.Count; m++)
        {
            fx.PeerGroups[reference.Municipalities[m].Code] = peers[m];
        }

        var random = new Random(seed);
        foreach (var mu in reference.Municipalities)
        {
            foreach (var d in Domains)
            {
                var n = random.Next(2, 60);
                var improved = random.Next(0, n + 1);
                fx.MeterChanges.Add(new MeterChange(Period, "r12", "municipality", mu.WellbeingCounty, mu.Code, null, d.Meter, d.Domain, n,
                    Math.Round(random.NextDouble() * 3 - 1, 2), 1.5, -0.5, 1.8, improved, 100.0 * improved / n, 20, 80));
            }

            for (var gi = 0; gi < 3; gi++)
            {
                var held = random.Next(0, 30);
                fx.Groups.Add(new GroupActivity(Period, "r12", mu.WellbeingCounty, mu.Code, $"G{gi}", gi == 0 ? ScriptGroupName : $"Ryhmä {mu.NameFi} {gi} & co", "peer",
                    gi == 2 ? null : "young_adults", held, random.Next(0, 6), random.Next(0, 4), random.Next(0, held + 1), held == 0 ? null : random.Next(2, 12), random.Next(0, 25)));
            }
        }

        foreach (var county in Counties)
        {
            fx.MeterChanges.Add(new MeterChange(Period, "r12", "county", county.Code, null, null, "KYKYVIISARI", "work_ability", 120, 0.6, 1.7, 0.3, 0.9, 70, 58.3, 49.4, 66.7));
        }

        fx.Flags.Add(ResultsFixture.MakeFlag(Period, "SG_ASSESSMENT_START_LATE", "high", "16", "743", null, IndicatorIds.AssessmentStart7WdPct, 61.0, 4, "Arviointi alkoi 7 arkipäivässä 61 %:ssa.", "95 % CI 52.1-69.3"));
        fx.Flags.Add(ResultsFixture.MakeFlag(Period, "BS_LOW_REACH", "medium", "16", "301", "immigrants", IndicatorIds.ReachPct, 12.0, 2, "Tavoittavuus 12 % (alue 30 %)."));
        fx.Flags.Add(ResultsFixture.MakeFlag(Period, "AN_PROFILE_OUTLIER", "info", "17", "905", null, null, null, 1, "Profiili poikkeaa: client_plan_pct, reach_pct, new_cases."));
        fx.Flags.Add(ResultsFixture.MakeFlag(Period, "SG_GROUP_NO_PARTICIPANTS", "medium", "17", "499", null, null, null, 3, "Ryhmä <b>peruttiin</b> 4 kertaa."));

        var scale = reference.Municipalities.Select(x => x.Population18To64 / 400.0).ToArray();
        return fx.Publish((m, g, def, i) =>
        {
            // A stable pseudo-random stream per cell, so r12 sums and month values agree however often a cell is asked for.
            var r = new Random(StableSeed(seed, m, g, def.Id, i));
            var size = Math.Max(0, (int)(scale[m] * (g + 1) * (0.6 + r.NextDouble())));
            var den = def.Denominator is null ? 0 : Math.Max(0, size + r.Next(-2, 3));
            var num = def.Unit switch
            {
                IndicatorUnits.YesNo => r.Next(0, 2),
                IndicatorUnits.Pct => den == 0 ? 0 : r.Next(0, den + 1),
                IndicatorUnits.Days => den * r.Next(10, 60),
                IndicatorUnits.ParticipantsPerSession => den * r.Next(3, 10),
                _ => size,
            };
            return (num, den);
        });
    }

    // HashCode.Combine is randomised per process; this is not.
    private static int StableSeed(int seed, int m, int g, string id, int i)
    {
        var h = (seed * 7919) + (m * 104_729) + (g * 1_299_709) + ((i + 1) * 15_485_863);
        foreach (var c in id)
        {
            h = unchecked((h * 31) + c);
        }

        return h;
    }
}
