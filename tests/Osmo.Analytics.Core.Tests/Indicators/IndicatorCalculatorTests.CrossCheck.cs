using Osmo.Analytics.Indicators;
using Osmo.Analytics.Model;
using static Osmo.Analytics.Core.Tests.Indicators.IndicatorTestData;

namespace Osmo.Analytics.Core.Tests.Indicators;

/// <summary>Seeded random data checked against a deliberately naive LINQ reading of the spec (distinct sets per
/// cell and window, dates compared directly), an independent path to the bit-mask implementation.</summary>
public sealed partial class IndicatorCalculatorTests
{
    private static readonly string[] Munis = ["005", "010", "020"];
    private static readonly string[] Groups = ["ya", "ue"];

    private static (List<ClientCase> Cases, List<MeterScore> Meters) RandomData(int seed)
    {
        var random = new Random(seed);
        DateOnly Day(int from, int span) => D("2022-06-01").AddDays(from + random.Next(span));
        var cases = new List<ClientCase>();
        for (var i = 0; i < 400; i++)
        {
            var opened = Day(0, 1400);
            DateOnly? closed = random.Next(3) == 0 ? null : opened.AddDays(random.Next(500));
            string? Maybe(DateOnly d, int span) => random.Next(3) == 0 ? null : d.AddDays(random.Next(span)).ToString("yyyy-MM-dd");
            cases.Add(Case(
                "c" + i, "k" + random.Next(150), Munis[random.Next(3)], Groups[random.Next(2)], opened.ToString("yyyy-MM-dd"),
                closed: closed?.ToString("yyyy-MM-dd"), reason: closed is null ? null : (random.Next(2) == 0 ? "not_reached" : "goals_met"),
                ssn: random.Next(2) == 0, started: Maybe(opened, 15), completed: Maybe(opened, 120), plan: Maybe(opened, 80),
                expert: random.Next(4) == 0, level: random.Next(3) == 0 ? null : 1 + random.Next(4)));
        }

        var meters = new List<MeterScore>();
        for (var i = 0; i < 300; i++)
        {
            var c = cases[random.Next(cases.Count)];
            var meter = random.Next(2) == 0 ? "KYKYVIISARI" : "ESY";
            var domain = meter == "ESY" ? "stress" : "overall";
            var on = Day(0, 1400).ToString("yyyy-MM-dd");
            meters.Add(Score("m" + i, c.ClientId, c.MunicipalityCode, meter, domain, on, meter == "ESY" ? 1 + random.Next(5) : random.Next(11),
                caseId: random.Next(4) == 0 ? null : c.CaseId));
        }

        return (cases, meters);
    }

    private static IEnumerable<(string Window, DateOnly Period, DateOnly Start, DateOnly End)> Windows()
    {
        for (var m = 0; m < 24; m++)
        {
            var start = D("2023-11-01").AddMonths(m);
            yield return ("month", start, start, start.AddMonths(1).AddDays(-1));
        }

        yield return ("r12", D("2025-10-01"), D("2024-11-01"), D("2025-10-31"));
    }

    private static IEnumerable<(string Level, string Key, Func<string, string, bool> In)> Cells()
    {
        string County(string muni) => muni == "020" ? "02" : "01";
        foreach (var m in Munis)
        {
            foreach (var g in Groups)
            {
                yield return (IndicatorLevels.MunicipalityXTargetGroup, m + "/" + g, (mm, gg) => mm == m && gg == g);
            }

            yield return (IndicatorLevels.Municipality, m, (mm, _) => mm == m);
        }

        foreach (var c in new[] { "01", "02" })
        {
            foreach (var g in Groups)
            {
                yield return (IndicatorLevels.CountyXTargetGroup, c + "/" + g, (mm, gg) => County(mm) == c && gg == g);
            }

            yield return (IndicatorLevels.County, c, (mm, _) => County(mm) == c);
        }

        yield return (IndicatorLevels.All, "all", (_, _) => true);
    }

    [TestMethod]
    [DataRow(1)]
    [DataRow(2)]
    [DataRow(3)]
    public void Compute_RandomData_MatchesNaiveReadingOfTheSpec(int seed)
    {
        var (cases, meters) = RandomData(seed);
        var r = Compute("2025-10", cases: cases, meters: meters);
        var caseById = cases.ToDictionary(c => c.CaseId);
        var measurements = meters.GroupBy(s => s.MeasurementId).Select(g => (Row: g.OrderBy(s => s.MeasuredOn).First(), Day: g.Min(s => s.MeasuredOn))).ToList();
        var baselines = measurements.GroupBy(x => (x.Row.ClientId, x.Row.Meter))
            .Select(g => (First: g.OrderBy(x => x.Day).First(), All: g.ToList())).ToList();

        foreach (var (window, period, s, e) in Windows())
        {
            var p = period.ToString("yyyy-MM");
            foreach (var (level, key, inCell) in Cells())
            {
                var cell = cases.Where(c => inCell(c.MunicipalityCode, c.TargetGroup)).ToList();
                var active = cell.Where(c => c.OpenedOn <= e && (c.ClosedOn is null || c.ClosedOn >= s)).ToList();
                Check(IndicatorIds.ActiveClients, active.Select(c => c.ClientId).Distinct().Count(), null);
                Check(IndicatorIds.ExperienceExpertPct, active.Where(c => c.ExperienceExpert == true).Select(c => c.ClientId).Distinct().Count(), active.Select(c => c.ClientId).Distinct().Count());
                Check(IndicatorIds.Participation3PlusPct, active.Where(c => c.ParticipationLevel >= 3).Select(c => c.ClientId).Distinct().Count(), active.Where(c => c.ParticipationLevel is not null).Select(c => c.ClientId).Distinct().Count());
                var opened = cell.Where(c => c.OpenedOn >= s && c.OpenedOn <= e).ToList();
                Check(IndicatorIds.NewCases, opened.Count, null);
                var special = opened.Where(c => c.SpecialSupportNeed == true).ToList();
                Check(IndicatorIds.AssessmentStart7WdPct, special.Count(c => c.AssessmentStartedOn <= Analytics.Calendar.WorkingDays.AddWorkingDays(c.OpenedOn, 7)), special.Count);
                var closed = cell.Where(c => c.ClosedOn >= s && c.ClosedOn <= e).ToList();
                Check(IndicatorIds.UnplannedClosurePct, closed.Count(c => c.ClosureReason == "not_reached"), closed.Count);
                var planDue = cell.Where(c => c.OpenedOn <= e.AddDays(-30) && (c.ClosedOn is null || c.ClosedOn >= e)).ToList();
                Check(IndicatorIds.ClientPlanPct, planDue.Count(c => c.ClientPlanOn <= e), planDue.Count);
                var cohortEnd = e.AddMonths(-3);
                cohortEnd = new DateOnly(cohortEnd.Year, cohortEnd.Month, DateTime.DaysInMonth(cohortEnd.Year, cohortEnd.Month));
                var cohort = cell.Where(c => c.OpenedOn >= s.AddMonths(-3) && c.OpenedOn <= cohortEnd).ToList();
                Check(IndicatorIds.AssessmentDone3MPct, cohort.Count(c => c.AssessmentCompletedOn <= c.OpenedOn.AddMonths(3)), cohort.Count);
                var covered = active.Where(c => c.OpenedOn <= e.AddDays(-30) && (c.ClosedOn is null || c.ClosedOn >= e)).Select(c => c.ClientId).Distinct().ToList();
                Check(IndicatorIds.MeterCoveragePct, covered.Count(k => measurements.Any(x => x.Row.ClientId == k && x.Day <= e)), covered.Count);

                // Loss: baseline's municipality; target group through its case (none: no target-group cell).
                var inLevel = baselines.Where(b => level.EndsWith("target_group", StringComparison.Ordinal)
                    ? b.First.Row.CaseId is { } id && inCell(b.First.Row.MunicipalityCode, caseById[id].TargetGroup)
                    : inCell(b.First.Row.MunicipalityCode, "")).ToList();
                var due = inLevel.Where(b => b.First.Day <= e.AddDays(-180)).ToList();
                Check(IndicatorIds.MeterFollowUpLossPct, due.Count(b => !b.All.Any(x => x.Day >= b.First.Day.AddDays(60) && x.Day <= e)), due.Count);

                void Check(string indicator, long numerator, long? denominator)
                {
                    var rows = r.Values.Where(v => v.IndicatorId == indicator && v.Level == level && v.Window == window && v.Period == period
                        && (v.WellbeingCounty, v.MunicipalityCode, v.TargetGroup) == Keys(level, key)).ToList();
                    rows.Should().ContainSingle($"{indicator} {level} {key} {window} {p}");
                    rows[0].Numerator.Should().Be(numerator, $"{indicator} {level} {key} {window} {p}");
                    rows[0].Denominator.Should().Be(denominator, $"{indicator} {level} {key} {window} {p}");
                }
            }
        }
    }
}

public sealed partial class IndicatorCalculatorTests
{
    [TestMethod]
    [DataRow(4)]
    [DataRow(5)]
    public void Compute_RandomMeters_ChangesMatchNaiveReading(int seed)
    {
        var (cases, meters) = RandomData(seed);
        var r = Compute("2025-10", cases: cases, meters: meters);
        // One row per measurement here, so a measurement is its row; input order breaks ties of equal dates.
        var rows = meters.Select((row, index) => (Row: row, Index: index)).ToList();
        var byClientMeter = rows.GroupBy(x => (x.Row.ClientId, x.Row.Meter))
            .Select(g => g.OrderBy(x => x.Row.MeasuredOn).ThenBy(x => x.Index).ToList()).ToList();

        foreach (var (window, period, s, e) in Windows())
        {
            foreach (var meter in new[] { "KYKYVIISARI", "ESY" })
            {
                var changes = new List<double>();
                foreach (var series in byClientMeter.Where(x => x[0].Row.Meter == meter))
                {
                    var baseline = series[0].Row;
                    var latest = series.Skip(1).LastOrDefault(x => x.Row.MeasuredOn >= baseline.MeasuredOn.AddDays(60) && x.Row.MeasuredOn >= s && x.Row.MeasuredOn <= e);
                    if (latest.Row is not null)
                    {
                        // ESY stress is lower-is-better: the sign flips.
                        changes.Add((latest.Row.Score - baseline.Score) * (meter == "ESY" ? -1 : 1));
                    }
                }

                var actual = r.MeterChanges.SingleOrDefault(c => c.Level == IndicatorLevels.All && c.Window == window && c.Period == period && c.Meter == meter);
                if (changes.Count == 0)
                {
                    actual.Should().BeNull($"{meter} {window} {period}");
                    continue;
                }

                actual.Should().NotBeNull($"{meter} {window} {period}");
                actual!.N.Should().Be(changes.Count);
                actual.MeanChange.Should().BeApproximately(changes.Average(), 1e-9);
                actual.ImprovedN.Should().Be(changes.Count(c => c > 0));
            }
        }
    }
}
