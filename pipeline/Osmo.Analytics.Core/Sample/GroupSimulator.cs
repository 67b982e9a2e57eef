using System.Globalization;

namespace Osmo.Analytics.Sample;

/// <summary>Simulates the group activities (ryhmätoiminnat) of one municipality and their attendance.</summary>
/// <remarks>Groups meet weekly with breaks in July and over Christmas. Client panels (asiakasraati) and
/// developer-client groups (kehittäjäasiakasryhmä) meet only while the municipality's reference structure is active.
/// Cancellations for no participants are rare (0.35 % of sessions) except in the planted group.</remarks>
internal static class GroupSimulator
{
    private static readonly (string Name, string Type)[] Catalog =
    [
        ("Kädentaidot", "activity"), ("Liikuntaryhmä", "activity"), ("Kokkikerho \"Soppa & Sämpylä\"", "activity"),
        ("Kulttuuriryhmä", "activity"), ("Ompeluryhmä", "activity"), ("Palstaviljely", "activity"),
        ("Arjen taidot", "life_management"), ("Taloustaidot", "life_management"), ("Digitaidot", "life_management"),
        ("Voima-ryhmä", "life_management"), ("Nuorten starttiryhmä", "life_management"),
        ("Tunnetaitoryhmä", "therapeutic"), ("Mielen hyvinvoinnin ryhmä", "therapeutic"),
        ("Luontoryhmä", "animal_nature"), ("Eläinavusteinen ryhmä", "animal_nature"), ("Metsäretket; luonto ja liike", "animal_nature"),
        ("Vertaistukiryhmä", "peer"), ("Yksinäisten ryhmä", "peer"), ("Päihteetön kahvila", "peer"),
    ];

    private static readonly string[] Locations = ["office", "low_threshold", "outreach", "online"];
    private static readonly double[] LocationWeights = [45, 20, 15, 20];

    public static List<SimGroup> Simulate(SampleWorld world, MunicipalityPlan plan)
    {
        var o = world.Options;
        var rng = SampleRandom.For(o.Seed, plan.Index, SampleRandom.GroupStream);
        var groups = new List<SimGroup>();
        var total = plan.CasesByGroup.Sum();
        var count = Math.Max(1, (int)Math.Round(total / 280.0 * (plan.Has(MunicipalityGaps.WellServed) ? 1.3 : 1.0)));
        var weeks = ((o.WindowEnd.DayNumber - o.WindowStart.DayNumber) / 7) - 8;
        for (var i = 0; i < count; i++)
        {
            var (name, type) = Catalog[rng.Next(Catalog.Length)];
            var target = rng.Chance(0.8) && total > 0 ? rng.Pick([.. plan.CasesByGroup.Select(n => (double)n)]) : -1;
            var group = new SimGroup { Id = NextId(plan, groups), Name = name, Type = type, TargetGroup = target, RosterSize = rng.Between(5, 12) };
            var expertGroup = plan.UsesExperienceExperts && rng.Chance(0.35);
            var location = Locations[rng.Pick(LocationWeights)];
            var day = o.WindowStart.AddDays((rng.Next(Math.Max(1, weeks)) * 7) + rng.Between(0, 3));
            for (var w = rng.Between(8, 40); w > 0 && day <= o.WindowEnd; w--, day = day.AddDays(7))
            {
                if (SampleDates.IsBreak(day))
                {
                    continue;
                }

                string? cancel = null;
                if (rng.Chance(0.07))
                {
                    cancel = Model.Codes.CancelReasons[rng.Pick([5, 60, 35])]; // no_participants, facilitator, other
                }

                var participants = cancel is null ? rng.Between(Math.Min(3, group.RosterSize), group.RosterSize) : 0;
                bool? expert = rng.Chance(0.05) ? null : expertGroup && rng.Chance(0.8);
                group.Sessions.Add(new SimSession(day, cancel, participants, location, expert));
            }

            if (group.Sessions.Count > 0)
            {
                groups.Add(group);
            }
        }

        if (plan.Has(MunicipalityGaps.NoParticipantsGroup))
        {
            groups.Add(PlantedNoParticipants(o, plan, groups));
        }

        AddStructureGroups(world, plan, rng, groups);
        return groups;
    }

    private static string NextId(MunicipalityPlan plan, List<SimGroup> groups) => CaseSimulator.Id('R', plan.Number, groups.Count + 1, 4);

    /// <summary>The seed report's Lappajärvi group that nobody came to: held with 1-3 people, then cancelled for
    /// no participants in every session of the period month and the two months before.</summary>
    private static SimGroup PlantedNoParticipants(SampleOptions o, MunicipalityPlan plan, List<SimGroup> groups)
    {
        var group = new SimGroup { Id = NextId(plan, groups), Name = "Sampo On Tour", Type = "life_management", TargetGroup = CodeCatalog.LongTermUnemployed, RosterSize = 3 };
        var lastThree = new DateOnly(o.Period.Year, o.Period.Month, 1).AddMonths(-2);
        var day = SampleDates.FirstWeekday(lastThree.AddMonths(-3), DayOfWeek.Tuesday);
        var n = 0;
        for (; day <= o.WindowEnd; day = day.AddDays(7))
        {
            var empty = day >= lastThree;
            group.Sessions.Add(new SimSession(day, empty ? "no_participants" : null, empty ? 0 : 1 + (n++ % 3), "outreach", false));
        }

        return group;
    }

    private static void AddStructureGroups(SampleWorld world, MunicipalityPlan plan, Random rng, List<SimGroup> groups)
    {
        var o = world.Options;
        foreach (var s in world.Reference.ParticipationStructures)
        {
            if (s.MunicipalityCode != plan.Municipality.Code || s.Structure is not ("client_panel" or "developer_clients"))
            {
                continue;
            }

            var panel = s.Structure == "client_panel";
            var group = new SimGroup { Id = NextId(plan, groups), Name = panel ? "Asiakasraati" : "Kehittäjäasiakasryhmä", Type = s.Structure, RosterSize = rng.Between(5, 9) };
            for (var month = new DateOnly(o.WindowStart.Year, o.WindowStart.Month, 1); month <= o.WindowEnd; month = month.AddMonths(1))
            {
                // A panel meets four times a year (the seeds: "3-4 kertaa vuodessa"); developer clients monthly.
                if (month.Month == 7 || (panel && month.Month is not (2 or 5 or 9 or 11)))
                {
                    continue;
                }

                var day = SampleDates.FirstWeekday(month, panel ? DayOfWeek.Tuesday : DayOfWeek.Wednesday);
                if (s.IsActiveOn(day) && day <= o.WindowEnd)
                {
                    var cancel = rng.Chance(0.05) ? "facilitator" : null;
                    group.Sessions.Add(new SimSession(day, cancel, cancel is null ? rng.Between(4, group.RosterSize) : 0, "office", rng.Chance(0.5)));
                }
            }

            if (group.Sessions.Count > 0)
            {
                groups.Add(group);
            }
        }
    }

    /// <summary>Session rows in contract column order.</summary>
    public static IEnumerable<string[]> SessionRows(SampleWorld world, MunicipalityPlan plan)
    {
        var code = plan.Municipality.Code;
        foreach (var g in Simulate(world, plan))
        {
            var target = g.TargetGroup >= 0 ? CodeCatalog.TargetGroups[g.TargetGroup].Code : string.Empty;
            foreach (var s in g.Sessions)
            {
                yield return
                [
                    g.Id, g.Name, code, g.Type, target, SampleDates.Iso(s.On), s.IsHeld ? "held" : "cancelled", s.CancelReason ?? string.Empty,
                    s.IsHeld ? s.Participants.ToString(CultureInfo.InvariantCulture) : string.Empty, s.Location,
                    s.ExperienceExpert is { } e ? (e ? "true" : "false") : string.Empty,
                ];
            }
        }
    }

    /// <summary>Attendance rows: each group draws a roster of clients active at its first session (in its target
    /// group when it has one); each held session is attended by a random subset of the roster.</summary>
    public static IEnumerable<string[]> AttendanceRows(SampleWorld world, MunicipalityPlan plan)
    {
        if (plan.Has(MunicipalityGaps.NoAttendance))
        {
            yield break;
        }

        var groups = Simulate(world, plan);
        var cases = CaseSimulator.Simulate(world, plan);
        var rng = SampleRandom.For(world.Options.Seed, plan.Index, SampleRandom.AttendanceStream);
        var roster = new List<string>();
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in groups)
        {
            roster.Clear();
            chosen.Clear();
            var first = g.Sessions[0].On;
            for (var tries = 0; tries < g.RosterSize * 40 && roster.Count < g.RosterSize && cases.Length > 0; tries++)
            {
                var c = cases[rng.Next(cases.Length)];
                if (c.IsActiveOn(first) && (g.TargetGroup < 0 || c.Group == g.TargetGroup) && chosen.Add(c.ClientId))
                {
                    roster.Add(c.ClientId);
                }
            }

            foreach (var s in g.Sessions)
            {
                if (!s.IsHeld)
                {
                    continue;
                }

                var day = SampleDates.Iso(s.On);
                var n = Math.Min(s.Participants, roster.Count);
                // Partial Fisher-Yates: n distinct members, so no attendance row is ever a duplicate.
                for (var i = 0; i < n; i++)
                {
                    var j = rng.Next(i, roster.Count);
                    (roster[i], roster[j]) = (roster[j], roster[i]);
                    yield return [g.Id, day, roster[i]];
                }
            }
        }
    }
}
