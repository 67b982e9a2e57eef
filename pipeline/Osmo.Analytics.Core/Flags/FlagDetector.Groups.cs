using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Flags;

public static partial class FlagDetector
{
    /// <summary>SG_GROUP_NO_PARTICIPANTS (medium), per group: at least the minimum sessions cancelled for no
    /// participants in r12, or every planned session of the last months (the period month and the ones before it)
    /// cancelled for no participants. One flag per municipality x the groups' target group (municipality level for
    /// groups without one), listing the groups.</summary>
    private static void DetectGroups(FlagContext ctx, List<FlagDraft> drafts)
    {
        var o = ctx.Options;
        var period = ctx.Values.Period;
        var byGroup = new SortedDictionary<(string Municipality, string Group), GroupActivity?[]>();
        foreach (var g in ctx.Input.Indicators.GroupActivities)
        {
            var w = FlagValues.WindowIndex(period, g.Period, g.Window);
            if (w < 0)
            {
                continue;
            }

            if (!byGroup.TryGetValue((g.MunicipalityCode, g.GroupId), out var slots))
            {
                slots = new GroupActivity?[FlagValues.R12 + 1];
                byGroup[(g.MunicipalityCode, g.GroupId)] = slots;
            }

            slots[w] = g;
        }

        // Cell of a group: its municipality and the target group of its latest session.
        var cells = new SortedDictionary<(string Municipality, string TargetGroup), (CellKey Cell, List<GroupActivity?[]> Groups)>();
        foreach (var (key, slots) in byGroup)
        {
            var latest = slots[FlagValues.R12] ?? slots.Last(s => s is not null)!;
            var cell = new CellKey(
                latest.TargetGroup is null ? IndicatorLevels.Municipality : IndicatorLevels.MunicipalityXTargetGroup,
                latest.WellbeingCounty, key.Municipality, latest.TargetGroup);
            var at = (key.Municipality, latest.TargetGroup ?? string.Empty);
            if (!cells.TryGetValue(at, out var entry))
            {
                entry = (cell, []);
                cells[at] = entry;
            }

            entry.Groups.Add(slots);
        }

        foreach (var (cell, groups) in cells.Values)
        {
            var flagged = groups.Where(g => GroupHolds(o, g, FlagValues.R12) == true).ToList();
            if (flagged.Count == 0)
            {
                continue;
            }

            drafts.Add(GroupDraft(ctx, cell, flagged) with
            {
                HoldsAt = m =>
                {
                    var any = false;
                    var unknown = false;
                    foreach (var g in groups)
                    {
                        var h = GroupHolds(o, g, m);
                        any |= h == true;
                        unknown |= h is null;
                    }

                    return any ? true : unknown ? null : false;
                },
            });
        }
    }

    /// <summary>The group rule at the period (<see cref="FlagValues.R12"/>) or as the report of trend month m saw it.</summary>
    private static bool? GroupHolds(FlagOptions o, GroupActivity?[] slots, int w)
    {
        var end = w == FlagValues.R12 ? FlagValues.PeriodMonth : w;
        bool? many;
        if (w == FlagValues.R12)
        {
            many = (slots[FlagValues.R12]?.SessionsNoParticipants ?? 0) >= o.GroupNoParticipantsMinCancelled;
        }
        else if (w >= 11)
        {
            var sum = 0;
            for (var i = w - 11; i <= w; i++)
            {
                sum += slots[i]?.SessionsNoParticipants ?? 0;
            }

            many = sum >= o.GroupNoParticipantsMinCancelled;
        }
        else
        {
            many = null;
        }

        bool? recent = null;
        var first = end - o.GroupNoParticipantsRecentMonths + 1;
        if (first >= 0)
        {
            int planned = 0, empty = 0;
            for (var i = first; i <= end; i++)
            {
                planned += (slots[i]?.SessionsHeld ?? 0) + (slots[i]?.SessionsCancelled ?? 0);
                empty += slots[i]?.SessionsNoParticipants ?? 0;
            }

            recent = planned > 0 && empty == planned;
        }

        return many == true || recent == true ? true : many is null || recent is null ? null : false;
    }

    private static FlagDraft GroupDraft(FlagContext ctx, CellKey cell, List<GroupActivity?[]> flagged)
    {
        var o = ctx.Options;
        var months = o.GroupNoParticipantsRecentMonths;
        var sentences = new List<Localized>();
        var names = new List<Localized>();
        long cancelled = 0, planned = 0;
        foreach (var slots in flagged)
        {
            var r12 = slots[FlagValues.R12];
            var latest = r12 ?? slots.Last(s => s is not null)!;
            int c = r12?.SessionsNoParticipants ?? 0, s = (r12?.SessionsHeld ?? 0) + (r12?.SessionsCancelled ?? 0);
            cancelled += c;
            planned += s;
            var recent = GroupHolds(o with { GroupNoParticipantsMinCancelled = int.MaxValue }, slots, FlagValues.R12) == true;
            var name = new Localized($"”{latest.GroupName}”", $"”{latest.GroupName}”", $"“{latest.GroupName}”");
            names.Add(name);
            sentences.Add(Localized.Same(string.Empty).Map((_, l) => l switch
            {
                "fi" => $"ryhmä {name[l]}: {FlagText.Count(c, l)} kokoontumista {FlagText.Count(s, l)} suunnitellusta peruttiin 12 kuukauden aikana, koska osallistujia ei tullut"
                    + (recent ? $"; kaikki viimeisen {months} kuukauden kokoontumiset peruttiin" : string.Empty),
                "sv" => $"gruppen {name[l]}: {FlagText.Count(c, l)} av {FlagText.Count(s, l)} planerade träffar under 12 månader ställdes in i brist på deltagare"
                    + (recent ? $"; alla träffar under de senaste {months} månaderna ställdes in" : string.Empty),
                _ => $"group {name[l]}: {FlagText.Count(c, l)} of {FlagText.Count(s, l)} planned sessions in 12 months were cancelled for lack of participants"
                    + (recent ? $"; every session of the last {months} months was cancelled" : string.Empty),
            }));
        }

        var where = ctx.Where(cell);
        var evidence = Localized.Same(string.Empty).Map((_, l) =>
            where[l] + ": " + string.Join(". ", sentences.Select((s, i) => i == 0 ? s[l] : Capitalize(s[l]))) + ".");
        return new FlagDraft(FlagRuleIds.GroupNoParticipants, cell, FlagSeverities.Medium, evidence)
        {
            GroupIds = string.Join('|', flagged.Select(g => (g[FlagValues.R12] ?? g.Last(s => s is not null)!).GroupId).Order(StringComparer.Ordinal)),
            IndicatorId = IndicatorIds.SessionsNoParticipants,
            Value = cancelled,
            N = planned,
            Placeholders = new Dictionary<string, Localized>(StringComparer.Ordinal)
            {
                ["groups"] = Localized.Same(string.Empty).Map((_, l) => string.Join(", ", names.Select(n => n[l]))),
                ["value"] = Localized.Same(string.Empty).Map((_, l) => FlagText.Count(cancelled, l)),
                ["n"] = Localized.Same(string.Empty).Map((_, l) => FlagText.Count(planned, l)),
            },
        };
    }

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));
}
