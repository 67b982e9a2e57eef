using System.Collections.Immutable;
using Osmo.Analytics.Reference;

namespace Osmo.Analytics.Sample;

/// <summary>Turns municipality specs into a <see cref="SampleWorld"/>: need estimates, case counts, planted truths.</summary>
internal static class WorldBuilder
{
    /// <summary>Share of the normal case rate given to a planted low-reach group.</summary>
    private const double LowReachActivity = 0.15;

    public static SampleWorld Build(
        SampleOptions options,
        IReadOnlyList<MunicipalitySpec> specs,
        IReadOnlyList<WellbeingCounty> counties,
        IReadOnlyList<LowThresholdPoint> points,
        IReadOnlyList<ParticipationStructure> structures)
    {
        var rng = SampleRandom.For(options.Seed, -1, SampleRandom.WorldStream);
        var groups = CodeCatalog.TargetGroups.Length;
        var year = options.Period.Year;
        var needs = new List<NeedEstimate>(specs.Count * groups * 2);
        var weights = new double[specs.Count, groups];
        var totalWeight = 0.0;
        for (var m = 0; m < specs.Count; m++)
        {
            var s = specs[m];
            for (var g = 0; g < groups; g++)
            {
                var baseNeed = s.Municipality.Population18To64 * CodeCatalog.NeedRate[g] * s.NeedFactor[g];
                // Need rises slightly year on year (2 %), as the seeds' regional reports describe growing demand.
                needs.Add(new NeedEstimate(s.Municipality.Code, CodeCatalog.TargetGroups[g].Code, year - 1, (int)Math.Round(baseNeed)));
                needs.Add(new NeedEstimate(s.Municipality.Code, CodeCatalog.TargetGroups[g].Code, year, (int)Math.Round(baseNeed * 1.02)));
                var activity = 0.85 + (rng.NextDouble() * 0.3);
                if (g == s.UnreachedGroup)
                {
                    activity = 0;
                }
                else if (g == s.LowReachGroup)
                {
                    activity = LowReachActivity;
                }

                weights[m, g] = baseNeed * activity;
                totalWeight += weights[m, g];
            }
        }

        var total = options.EffectiveCaseCount;
        var plans = ImmutableArray.CreateBuilder<MunicipalityPlan>(specs.Count);
        for (var m = 0; m < specs.Count; m++)
        {
            var counts = new int[groups];
            for (var g = 0; g < groups; g++)
            {
                counts[g] = (int)Math.Round(total * weights[m, g] / totalWeight);
            }

            var code = specs[m].Municipality.Code;
            var usesExperts = structures.Any(p => p.MunicipalityCode == code && p.Structure == "experience_experts" && p.IsActiveOn(options.WindowEnd));
            plans.Add(new MunicipalityPlan(m, specs[m].Municipality, specs[m].Gaps, counts, specs[m].LowReachGroup, specs[m].NoRehabGroup, usesExperts));
        }

        var reference = new ReferenceData(
            [.. specs.Select(s => s.Municipality)],
            counties,
            CodeCatalog.TargetGroups,
            CodeCatalog.Services,
            CodeCatalog.MeterDomains,
            points,
            structures,
            needs);
        var built = plans.ToImmutable();
        return new SampleWorld(options, reference, built, PlantedTruths.Describe(specs, built));
    }
}
