using System.Globalization;
using Osmo.Analytics.Reference;

namespace Osmo.Analytics.Sample;

/// <summary>The synthetic national world: about 300 municipalities in 12 synthetic wellbeing counties.</summary>
/// <remarks>Codes are <c>S001</c>..<c>S300</c> and county codes <c>SYN01</c>..<c>SYN12</c>: letters keep them apart
/// from every real Statistics Finland code, and names end with the code (<c>Koivula S017</c>) so nobody mistakes
/// them for real places. Gaps are assigned by seed; the reference rows are generated to agree with them.</remarks>
internal static class NationalCatalog
{
    public const int MunicipalityCount = 300;
    public const int CountyCount = 12;

    private static readonly string[] Stems = ["Koivu", "Kuusi", "Mänty", "Järvi", "Lampi", "Kivi", "Harju", "Niemi", "Salo", "Mäki", "Joki", "Lehto", "Suo", "Ranta", "Vaara", "Kallio", "Pelto", "Haapa", "Paju", "Kumpu"];
    private static readonly string[] Endings = ["la", "nen", "vaara", "joki", "järvi", "mäki", "lahti", "ranta", "koski", "salmi", "kylä", "puro"];

    public static SampleWorld Build(SampleOptions options)
    {
        var rng = SampleRandom.For(options.Seed, -2, SampleRandom.WorldStream);
        var counties = new List<WellbeingCounty>(CountyCount);
        for (var c = 1; c <= CountyCount; c++)
        {
            var n = c.ToString("00", CultureInfo.InvariantCulture);
            counties.Add(new($"SYN{n}", $"Synteettinen hyvinvointialue {n}", $"Syntetiskt välfärdsområde {n}", $"Synthetic wellbeing services county {n}"));
        }

        var specs = new List<MunicipalitySpec>(MunicipalityCount);
        var points = new List<LowThresholdPoint>();
        var structures = new List<ParticipationStructure>();
        var groups = CodeCatalog.TargetGroups.Length;
        for (var i = 0; i < MunicipalityCount; i++)
        {
            var code = "S" + (i + 1).ToString("000", CultureInfo.InvariantCulture);
            var name = $"{Stems[rng.Next(Stems.Length)]}{Endings[rng.Next(Endings.Length)]} {code}";
            var county = counties[i * CountyCount / MunicipalityCount].Code;
            var subregion = $"{county}-seutu {(i % 4) + 1}";
            // Log-normal sizes: median about 3,600 residents aged 18-64, a few regional centres above 100,000.
            var population = (int)Math.Clamp(Math.Round(Math.Exp(rng.Normal(8.2, 1.05)) / 10) * 10, 300, 250_000);
            var municipality = new Municipality(code, name, name, subregion, county, population);

            var gaps = MunicipalityGaps.None;
            gaps |= rng.Chance(0.06) ? MunicipalityGaps.WellServed : 0;
            gaps |= rng.Chance(0.07) ? MunicipalityGaps.LateAssessment : 0;
            gaps |= rng.Chance(0.07) ? MunicipalityGaps.MissingPlans : 0;
            gaps |= rng.Chance(0.07) ? MunicipalityGaps.UnplannedClosures : 0;
            gaps |= rng.Chance(0.07) ? MunicipalityGaps.MeterLoss : 0;
            gaps |= rng.Chance(0.05) ? MunicipalityGaps.NoParticipantsGroup : 0;
            gaps |= rng.Chance(0.05) ? MunicipalityGaps.NoParticipationStructure : 0;
            gaps |= rng.Chance(0.04) ? MunicipalityGaps.NoAttendance : 0;
            if ((gaps & MunicipalityGaps.WellServed) != 0 && gaps != MunicipalityGaps.WellServed)
            {
                gaps &= ~MunicipalityGaps.WellServed; // a municipality with a gap is not well served
            }

            var unreached = rng.Chance(0.05) ? CodeCatalog.Immigrants : -1;
            var lowReach = rng.Chance(0.05) ? rng.Next(groups) : -1;
            lowReach = lowReach == unreached ? -1 : lowReach;
            var noRehab = rng.Chance(0.05) ? CodeCatalog.LongTermUnemployed : -1;
            var factor = new double[groups];
            for (var g = 0; g < groups; g++)
            {
                factor[g] = 0.7 + (rng.NextDouble() * 0.6);
            }

            specs.Add(new MunicipalitySpec(municipality, gaps, unreached, lowReach, noRehab, factor));
            AddPoints(rng, points, code, population, unreached, lowReach);
            AddStructures(rng, structures, code, gaps);
        }

        return WorldBuilder.Build(options, specs, counties, points, structures);
    }

    private static void AddPoints(Random rng, List<LowThresholdPoint> points, string code, int population, int unreached, int lowReach)
    {
        var count = population > 20_000 ? rng.Between(2, 5) : rng.Between(0, 2);
        for (var p = 0; p < count; p++)
        {
            var serves = new List<string>();
            for (var g = 0; g < CodeCatalog.TargetGroups.Length; g++)
            {
                // Planted blind spots must stay blind: no point serves an unreached or low-reach group.
                if (g != unreached && g != lowReach && rng.Chance(0.4))
                {
                    serves.Add(CodeCatalog.TargetGroups[g].Code);
                }
            }

            if (serves.Count == 0)
            {
                continue;
            }

            var id = $"{code}-LT{p + 1}";
            var from = new DateOnly(rng.Between(2016, 2023), rng.Between(1, 12), 1);
            points.Add(new LowThresholdPoint(id, code, $"Kohtaamispaikka {code}/{p + 1}", p % 3 == 2 ? "mobile" : "drop_in", [.. serves], rng.Between(4, 30), from, null));
        }
    }

    private static void AddStructures(Random rng, List<ParticipationStructure> structures, string code, MunicipalityGaps gaps)
    {
        if ((gaps & MunicipalityGaps.NoParticipationStructure) != 0)
        {
            return;
        }

        var start = new DateOnly(2023, 1, 1);
        structures.Add(new ParticipationStructure(code, "experience_experts", start, null));
        if (rng.Chance(0.3))
        {
            structures.Add(new ParticipationStructure(code, "client_panel", new DateOnly(rng.Between(2017, 2024), rng.Between(1, 12), 1), null));
        }

        if (rng.Chance(0.2))
        {
            structures.Add(new ParticipationStructure(code, "developer_clients", new DateOnly(rng.Between(2016, 2024), rng.Between(1, 12), 1), null));
        }
    }
}
