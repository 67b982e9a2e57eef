using System.Globalization;
using Osmo.Analytics.Reference;

namespace Osmo.Analytics.Sample;

/// <summary>Simulates meter rows (Kykyviisari, AVHV, ESY) for the clients of one municipality.</summary>
/// <remarks>A client's first case may get a baseline a few weeks after opening; follow-ups come 75-200 days later
/// (so they count as follow-ups: the contract's minimum is 60 days) and show a modest average improvement.
/// Kykyviisari functioning areas are item means, so they carry one decimal; the rest are whole points.</remarks>
internal static class MeterSimulator
{
    private static readonly string[] Meters = ["KYKYVIISARI", "AVHV", "ESY"];
    private static readonly double[] MeterWeights = [0.55, 0.30, 0.15];

    public static IEnumerable<string[]> Rows(SampleWorld world, MunicipalityPlan plan)
    {
        var o = world.Options;
        var cases = CaseSimulator.Simulate(world, plan);
        var rng = SampleRandom.For(o.Seed, plan.Index, SampleRandom.MeterStream);
        var domains = Meters.Select(m => world.Reference.MeterDomains.Where(d => d.Meter == m).ToArray()).ToArray();
        var coverage = plan.Has(MunicipalityGaps.WellServed) ? 0.65 : 0.5;
        var followUp = plan.Has(MunicipalityGaps.MeterLoss) ? 0.12 : plan.Has(MunicipalityGaps.WellServed) ? 0.9 : 0.8;
        var municipality = plan.Municipality.Code;
        var measurement = 0;
        var scores = new double[9];
        foreach (var c in cases)
        {
            if (!c.IsFirstCaseOfClient || !rng.Chance(coverage))
            {
                continue;
            }

            var baseline = c.OpenedOn.AddDays(rng.Between(3, 35));
            if (baseline > o.WindowEnd)
            {
                continue;
            }

            var meter = rng.Pick(MeterWeights);
            var set = domains[meter];
            var wellbeing = rng.Normal(0, 1);
            for (var d = 0; d < set.Length; d++)
            {
                scores[d] = 4.6 + (1.6 * wellbeing) + rng.Normal(0, 1.2);
            }

            var caseId = rng.Chance(0.92) ? c.CaseId : string.Empty;
            var limit = c.ClosedOn is { } closed && closed.AddDays(20) < o.WindowEnd ? closed.AddDays(20) : o.WindowEnd;
            var date = baseline;
            var round = 0;
            while (true)
            {
                var id = CaseSimulator.Id('M', plan.Number, ++measurement, 7);
                var skip = rng.Chance(0.03) ? rng.Next(set.Length) : -1; // a partly answered questionnaire
                for (var d = 0; d < set.Length; d++)
                {
                    if (d != skip)
                    {
                        yield return [id, c.ClientId, caseId, municipality, Meters[meter], SampleDates.Iso(date), set[d].Domain, Format(set[d], scores[d])];
                    }
                }

                round++;
                if (!rng.Chance(round == 1 ? followUp : 0.35))
                {
                    break;
                }

                var next = date.AddDays(round == 1 ? rng.Between(75, 200) : rng.Between(90, 180));
                if (next > limit)
                {
                    // A case closing before the planned follow-up gets its follow-up at closure, if that is late enough.
                    if (c.ClosedOn is not { } at || at > o.WindowEnd || at.DayNumber - date.DayNumber < 75)
                    {
                        break;
                    }

                    next = at;
                    limit = at; // nothing after the closing measurement
                }

                date = next;

                for (var d = 0; d < set.Length; d++)
                {
                    scores[d] += rng.Normal(0.7, 1.2);
                }
            }
        }
    }

    /// <summary>Maps a 0-10 latent score onto the domain's scale and formats it in invariant culture.</summary>
    private static string Format(MeterDomain domain, double latent)
    {
        var scaled = domain.Min + ((domain.Max - domain.Min) * latent / 10.0);
        var oneDecimal = domain.Meter == "KYKYVIISARI" && domain.Domain != "work_ability";
        var value = Math.Clamp(oneDecimal ? Math.Round(scaled * 2) / 2 : Math.Round(scaled), domain.Min, domain.Max);
        return value.ToString("0.#", CultureInfo.InvariantCulture);
    }
}
