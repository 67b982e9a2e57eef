namespace Osmo.Analytics.Flags;

public static partial class FlagDetector
{
    /// <summary>Adds persistence and action texts, and orders the flags.</summary>
    private static List<Flag> Finish(FlagContext ctx, List<FlagDraft> drafts)
    {
        var flags = new List<Flag>(drafts.Count);
        foreach (var d in drafts)
        {
            var (first, run) = Persistence(ctx, d);
            var values = Placeholders(ctx, d);
            var actions = ctx.Input.Actions;
            flags.Add(new Flag(
                ctx.Values.Period, d.Rule, d.Cell.Level, d.Cell.County ?? string.Empty, d.Cell.Municipality ?? string.Empty, d.Cell.TargetGroup,
                d.GroupIds, d.Severity, d.IndicatorId, d.Value, d.ComparatorKind, d.ComparatorValue, d.N, d.Statistic,
                d.Evidence.Fi, d.Evidence.Sv, d.Evidence.En,
                actions.Fill(d.Rule, "fi", values["fi"]), actions.Fill(d.Rule, "sv", values["sv"]), actions.Fill(d.Rule, "en", values["en"]),
                first, run)
            {
                PeerGroupId = d.PeerGroupId,
                PeerGroupValue = d.PeerGroupValue,
            });
        }

        flags.Sort(Compare);
        return flags;
    }

    /// <summary>The unbroken run of report months, ending at the period, in which the rule held for the same keys.</summary>
    private static (DateOnly FirstSeen, int MonthsInRow) Persistence(FlagContext ctx, FlagDraft d)
    {
        var first = ctx.Values.Period;
        var run = 1;
        if (d.HoldsAt is null)
        {
            return (first, run);
        }

        for (var m = FlagValues.PeriodMonth - 1; m >= 0 && d.HoldsAt(m) == true; m--)
        {
            run++;
            first = ctx.Values.MonthOf(m);
        }

        return (first, run);
    }

    private static Dictionary<string, Dictionary<string, string>> Placeholders(FlagContext ctx, FlagDraft d)
    {
        var result = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var language in ActionTemplates.Languages)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["municipality"] = ctx.MunicipalityName(d.Cell)[language],
                ["municipality_code"] = d.Cell.Municipality ?? string.Empty,
                ["county"] = ctx.CountyName(d.Cell)[language],
                ["target_group"] = ctx.TargetGroupName(d.Cell)[language],
                ["where"] = ctx.Where(d.Cell)[language],
                ["peer_group"] = d.PeerGroupId ?? string.Empty,
            };
            foreach (var (name, text) in d.Placeholders)
            {
                values[name] = text[language];
            }

            result[language] = values;
        }

        return result;
    }

    private static int Compare(Flag a, Flag b)
    {
        var c = FlagSeverities.Rank(a.Severity).CompareTo(FlagSeverities.Rank(b.Severity));
        c = c != 0 ? c : RuleIndex(a.Rule).CompareTo(RuleIndex(b.Rule));
        c = c != 0 ? c : string.CompareOrdinal(a.MunicipalityCode, b.MunicipalityCode);
        c = c != 0 ? c : string.CompareOrdinal(a.TargetGroup, b.TargetGroup);
        return c != 0 ? c : string.CompareOrdinal(a.GroupIds, b.GroupIds);
    }

    private static int RuleIndex(string rule)
    {
        for (var i = 0; i < FlagRuleIds.All.Count; i++)
        {
            if (FlagRuleIds.All[i] == rule)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
