using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Flags;

public static partial class FlagDetector
{
    private static FlagDraft BlindSpotDraft(FlagContext ctx, string rule, CellKey cell, string severity, bool noSupply)
    {
        var reach = ctx.Published(cell, IndicatorIds.ReachPct);
        var shown = !reach.Suppressed && reach.Value is not null;
        var need = !reach.Suppressed && reach.Denominator is { } d
            ? Localized.Same(string.Empty).Map((_, l) => FlagText.Count(d, l))
            : new Localized("vähintään ", "minst ", "at least ") + Localized.Same(string.Empty).Map((_, l) => FlagText.Count(ctx.Options.BlindSpotMinPeopleInNeed, l));
        var cmp = Comparators(ctx, cell, IndicatorIds.ReachPct);
        var where = ctx.Where(cell);
        var value = shown ? Localized.Same(string.Empty).Map((_, l) => FlagText.Percent(reach.Value!.Value, l)) : new Localized("ei julkaistu", "ej publicerad", "not published");
        var supply = noSupply
            ? new Localized(
                "; ryhmää ei palvele yksikään matalan kynnyksen piste, eikä yksikään ryhmän uusi asiakkuus alkanut jalkautuvan työn tai matalan kynnyksen kautta",
                "; inget lågtröskelställe betjänar gruppen och ingen ny klientrelation i gruppen började genom uppsökande arbete eller ett lågtröskelställe",
                "; no low-threshold point serves the group and no new case in the group started through outreach or a low-threshold point")
            : Localized.Same(string.Empty);
        var countyReach = cmp.Value is not null && cmp.Kind == FlagComparatorKinds.County ? cmp.CountyText : (Localized?)null;
        var ratio = Localized.Same(string.Empty).Map((_, l) => FlagText.Percent(ctx.Options.LowReachRatio * 100, l));
        var text = Localized.Same(string.Empty).Map((_, l) => where[l] + ": " + (rule, l) switch
        {
            (FlagRuleIds.UnreachedGroup, "fi") => $"arviolta {need[l]} kohderyhmään kuuluvaa tarvitsee aikuissosiaalityötä, mutta kohderyhmässä ei ollut yhtään asiakasta 12 kuukauden aikana"
                + (countyReach is { } c1 ? $" (hyvinvointialueella saman ryhmän tavoittavuus {c1[l]})" : string.Empty) + ".",
            (FlagRuleIds.UnreachedGroup, "sv") => $"uppskattningsvis {need[l]} personer i målgruppen behöver socialt arbete för vuxna, men målgruppen hade inga klienter under 12 månader"
                + (countyReach is { } c2 ? $" (räckvidden för samma grupp i välfärdsområdet {c2[l]})" : string.Empty) + ".",
            (FlagRuleIds.UnreachedGroup, _) => $"an estimated {need[l]} people in the target group need adult social work, but the group had no client in 12 months"
                + (countyReach is { } c3 ? $" (the same group's reach in the county {c3[l]})" : string.Empty) + ".",
            (FlagRuleIds.LowReach, "fi") => (shown ? $"tavoittavuus oli {value[l]} (arviolta {need[l]} palvelua tarvitsevaa), alle {ratio[l]} " : $"tavoittavuus jäi alle {ratio[l]} ")
                + $"hyvinvointialueen saman ryhmän tavoittavuudesta ({cmp.CountyText[l]})" + supply[l] + "." + (shown ? string.Empty : " " + NotPublished(l)),
            (FlagRuleIds.LowReach, "sv") => (shown ? $"räckvidden var {value[l]} (uppskattningsvis {need[l]} personer i behov av tjänster), under {ratio[l]} " : $"räckvidden låg under {ratio[l]} ")
                + $"av räckvidden för samma grupp i välfärdsområdet ({cmp.CountyText[l]})" + supply[l] + "." + (shown ? string.Empty : " " + NotPublished(l)),
            (FlagRuleIds.LowReach, _) => (shown ? $"reach was {value[l]} (an estimated {need[l]} people in need), below {ratio[l]} " : $"reach was below {ratio[l]} ")
                + $"of the same group's reach in the county ({cmp.CountyText[l]})" + supply[l] + "." + (shown ? string.Empty : " " + NotPublished(l)),
            (_, "fi") => $"arviolta {need[l]} kohderyhmään kuuluvaa tarvitsee palvelua, mutta ryhmää palvelevaa matalan kynnyksen pistettä ei ole, eikä yksikään ryhmän uusi asiakkuus alkanut 12 kuukauden aikana jalkautuvan työn tai matalan kynnyksen kautta.",
            (_, "sv") => $"uppskattningsvis {need[l]} personer i målgruppen behöver tjänster, men inget lågtröskelställe betjänar gruppen och ingen ny klientrelation i gruppen började under 12 månader genom uppsökande arbete eller ett lågtröskelställe.",
            _ => $"an estimated {need[l]} people in the target group need the service, but no low-threshold point serves the group and no new case in the group started through outreach or a low-threshold point in 12 months.",
        });
        var isSupplyRule = rule == FlagRuleIds.NoLowThreshold;
        return new FlagDraft(rule, cell, severity, text)
        {
            IndicatorId = isSupplyRule ? IndicatorIds.LowThresholdPoints : IndicatorIds.ReachPct,
            Value = isSupplyRule ? 0 : shown ? reach.Value : null,
            N = reach.Suppressed ? null : reach.Denominator,
            ComparatorKind = isSupplyRule ? null : cmp.Kind,
            ComparatorValue = isSupplyRule ? null : cmp.Value,
            PeerGroupId = cmp.PeerId,
            PeerGroupValue = isSupplyRule ? null : cmp.PeerValue,
            Placeholders = new Dictionary<string, Localized>(StringComparer.Ordinal)
            {
                ["value"] = value,
                ["comparator"] = cmp.CountyText,
                ["people_in_need"] = need,
                ["n"] = need,
            },
        };
    }
}
