using System.Text;

namespace Osmo.Analytics.Sample;

/// <summary>Simulates the cases of one municipality: opening, assessment, plan, services, closure.</summary>
/// <remarks>Deterministic per (seed, municipality): the same plan always gives the same cases, which lets the
/// meter and attendance exports re-simulate them instead of keeping a national-scale case list in memory.</remarks>
internal static class CaseSimulator
{
    private static readonly double[] ChannelWeights = [40, 8, 7, 15, 15, 12, 3]; // office, outreach, low_threshold, digital, referral_health, referral_employment, other
    private static readonly double[] PlannedClosure = [35, 22, 10, 8, 9, 7, 1, 8];
    private static readonly double[] UnplannedHeavyClosure = [20, 13, 6, 5, 28, 24, 1, 3];
    private static readonly double[] RehabChance = [0.30, 0.30, 0.35, 0.20, 0.18, 0.18];
    private static readonly double[] AdultAgeWeights = [8, 12, 38, 40, 2];

    public static SimCase[] Simulate(SampleWorld world, MunicipalityPlan plan)
    {
        var o = world.Options;
        var rng = SampleRandom.For(o.Seed, plan.Index, SampleRandom.CaseStream);
        var total = plan.CasesByGroup.Sum();
        var cases = new SimCase[total];
        var order = new long[total];
        var preStart = o.WindowStart.AddMonths(-12);
        var windowDays = o.WindowEnd.DayNumber - o.WindowStart.DayNumber + 1;
        var preDays = o.WindowStart.DayNumber - preStart.DayNumber;
        var k = 0;
        for (var g = 0; g < plan.CasesByGroup.Length; g++)
        {
            for (var i = 0; i < plan.CasesByGroup[g]; i++)
            {
                // About a fifth of the exported cases were opened in the year before the window and are still active in it.
                var opened = rng.Chance(0.18) ? preStart.AddDays(rng.Next(preDays)) : o.WindowStart.AddDays(rng.Next(windowDays));
                cases[k] = new SimCase { Group = g, OpenedOn = opened };
                order[k] = ((long)opened.DayNumber << 24) | (uint)k;
                k++;
            }
        }

        Array.Sort(order, cases); // chronological, ties by creation order: deterministic
        var clientsByGroup = new List<int>[plan.CasesByGroup.Length];
        var seenClients = new HashSet<int>();
        var nextClient = 0;
        for (var i = 0; i < total; i++)
        {
            var c = cases[i];
            c.CaseId = Id('K', plan.Number, i + 1, 6);
            var pool = clientsByGroup[c.Group] ??= [];
            // Some clients come back: about 18 % of cases belong to a client with an earlier case in the group.
            var client = pool.Count > 0 && rng.Chance(0.18) ? pool[rng.Next(pool.Count)] : nextClient++;
            pool.Add(client);
            c.ClientId = Id('A', plan.Number, client + 1, 6);
            c.IsFirstCaseOfClient = seenClients.Add(client);
            Fill(rng, o, plan, c);
        }

        return cases;
    }

    /// <summary>An identifier: a letter, the municipality number (3 digits) and a sequence number. The leading letter
    /// keeps identifiers from ever looking like a phone number or a henkilötunnus.</summary>
    public static string Id(char prefix, int municipalityNumber, int sequence, int digits) =>
        string.Create(4 + digits, (prefix, municipalityNumber, sequence), static (span, v) =>
        {
            span[0] = v.prefix;
            var n = v.municipalityNumber;
            for (var i = 3; i >= 1; i--, n /= 10)
            {
                span[i] = (char)('0' + (n % 10));
            }

            var s = v.sequence;
            for (var i = span.Length - 1; i >= 4; i--, s /= 10)
            {
                span[i] = (char)('0' + (s % 10));
            }
        });

    private static void Fill(Random rng, SampleOptions o, MunicipalityPlan plan, SimCase c)
    {
        var end = o.WindowEnd;
        var young = c.Group == CodeCatalog.YoungAdults;
        c.AgeBand = rng.Chance(0.03) ? string.Empty : young ? (rng.Chance(0.6) ? "18-24" : "25-29") : Model.Codes.AgeBands[rng.Pick(AdultAgeWeights)];
        c.Channel = Model.Codes.Channels[PickChannel(rng, plan, c.Group)];
        c.SpecialSupportNeed = rng.Chance(0.10) ? null : rng.Chance(0.28);

        // Closure first: the other dates must not fall after it.
        var duration = 14 + (int)(-270 * Math.Log(1 - rng.NextDouble()));
        DateOnly? closed = c.OpenedOn.AddDays(duration);
        if (closed > end)
        {
            closed = null;
        }
        else if (closed < o.WindowStart)
        {
            closed = o.WindowStart.AddDays(rng.Between(0, 120)); // exported cases are active in the window
        }

        c.ClosedOn = closed;
        c.ClosureReason = closed is null ? null : Model.Codes.ClosureReasons[rng.Pick(plan.Has(MunicipalityGaps.UnplannedClosures) ? UnplannedHeavyClosure : PlannedClosure)];
        var last = closed ?? end;

        var late = plan.Has(MunicipalityGaps.LateAssessment);
        if (rng.Chance(0.98))
        {
            var delay = late ? rng.Between(3, 22) : rng.Chance(0.96) ? rng.Between(0, 6) : rng.Between(8, 15);
            var started = SampleDates.AddWorkingDays(c.OpenedOn, delay);
            c.AssessmentStartedOn = Within(started, last);
            if (c.AssessmentStartedOn is { } s && !rng.Chance(late ? 0.30 : 0.04))
            {
                var done = s.AddDays(late ? rng.Between(35, 170) : rng.Between(10, 80));
                // An assessment still running when the case closes is completed at closure.
                c.AssessmentCompletedOn = done > last && closed is { } at ? at : Within(done, last);
            }
        }

        if (rng.Chance(plan.Has(MunicipalityGaps.MissingPlans) ? 0.35 : 0.90))
        {
            c.ClientPlanOn = Within(c.OpenedOn.AddDays(rng.Between(5, 45)), last);
        }

        var rehab = c.Group == plan.NoRehabGroup ? 0 : RehabChance[c.Group];
        if (rng.Chance(rehab))
        {
            c.SocialRehabDecidedOn = Within(c.OpenedOn.AddDays(rng.Between(20, 150)), last);
        }

        c.Services = Services(rng, c);
        c.ExperienceExpert = rng.Chance(0.10) ? null : plan.UsesExperienceExperts && rng.Chance(0.14);
        if (!rng.Chance(0.35))
        {
            var well = plan.Has(MunicipalityGaps.WellServed);
            c.ParticipationLevel = 1 + rng.Pick(well ? [30, 35, 25, 10] : [40, 40, 15, 5]);
        }
    }

    private static int PickChannel(Random rng, MunicipalityPlan plan, int group)
    {
        Span<double> w = stackalloc double[ChannelWeights.Length];
        ChannelWeights.CopyTo(w);
        if (plan.Has(MunicipalityGaps.WellServed))
        {
            w[1] *= 2;
            w[2] *= 2;
        }

        if (group == plan.LowReachGroup)
        {
            w[1] = 0; // the planted low-reach group is met only at the office
            w[2] = 0;
        }

        return rng.Pick(w);
    }

    private static DateOnly? Within(DateOnly d, DateOnly last) => d <= last ? d : null;

    private static string Services(Random rng, SimCase c)
    {
        // Flags in catalog order of CodeCatalog.Services, so the list is stable and distinct.
        Span<bool> s = stackalloc bool[CodeCatalog.Services.Length];
        s[0] = rng.Chance(0.7);
        s[1] = c.SocialRehabDecidedOn is not null;
        switch (c.Group)
        {
            case CodeCatalog.YoungAdults:
                s[2] = rng.Chance(0.25); s[3] = rng.Chance(0.15); s[7] = rng.Chance(0.2); s[6] = rng.Chance(0.1);
                break;
            case CodeCatalog.LongTermUnemployed:
                s[2] = rng.Chance(0.45); s[3] = rng.Chance(0.35); s[6] = rng.Chance(0.15);
                break;
            case CodeCatalog.SubstanceMental:
                s[5] = rng.Chance(0.6); s[7] = rng.Chance(0.3); s[4] = rng.Chance(0.15);
                break;
            case CodeCatalog.Housing:
                s[4] = rng.Chance(0.85); s[5] = rng.Chance(0.2); s[6] = rng.Chance(0.25);
                break;
            case CodeCatalog.Immigrants:
                s[3] = rng.Chance(0.2); s[6] = rng.Chance(0.2); s[7] = rng.Chance(0.15);
                break;
            default:
                s[8] = rng.Chance(0.7); s[6] = rng.Chance(0.4);
                break;
        }

        var sb = new StringBuilder(64);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i])
            {
                sb.Append(sb.Length > 0 ? "|" : string.Empty).Append(CodeCatalog.Services[i].Code);
            }
        }

        return sb.ToString();
    }
}
