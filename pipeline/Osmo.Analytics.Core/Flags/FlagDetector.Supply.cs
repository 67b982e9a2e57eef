using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Flags;

public static partial class FlagDetector
{
    /// <summary>SG_NO_SOCIAL_REHAB, SG_NO_PARTICIPATION_STRUCTURE and the BS_* blind-spot rules.</summary>
    private static void DetectSupply(FlagContext ctx, List<FlagDraft> drafts)
    {
        DetectNoSocialRehab(ctx, drafts);
        DetectNoParticipationStructure(ctx, drafts);
        DetectBlindSpots(ctx, drafts);
    }

    /// <summary>SG_NO_SOCIAL_REHAB (medium): a target group with at least the minimum active clients and no social
    /// rehabilitation decision in r12.</summary>
    private static void DetectNoSocialRehab(FlagContext ctx, List<FlagDraft> drafts)
    {
        var min = ctx.Options.NoSocialRehabMinActiveClients;
        foreach (var cell in ctx.Values.TargetGroupCells(IndicatorIds.ActiveClients))
        {
            bool? Holds(int w)
            {
                var a = ctx.Values.Read(cell, IndicatorIds.ActiveClients, w);
                var d = ctx.Values.Read(cell, IndicatorIds.SocialRehabDecisions, w);
                return !a.IsKnown || !d.IsKnown ? null : a.Numerator >= min && d.Numerator == 0;
            }

            if (Holds(FlagValues.R12) != true)
            {
                continue;
            }

            var active = ctx.Published(cell, IndicatorIds.ActiveClients);
            var shown = !active.Suppressed && active.Value is not null;
            var count = shown
                ? Localized.Same(string.Empty).Map((_, l) => FlagText.Count((long)active.Value!.Value, l))
                : new Localized("vähintään ", "minst ", "at least ") + Localized.Same(string.Empty).Map((_, l) => FlagText.Count(min, l));
            var where = ctx.Where(cell);
            var evidence = Localized.Same(string.Empty).Map((_, l) => where[l] + ": " + l switch
            {
                "fi" => $"kohderyhmässä oli 12 kuukauden aikana {count[l]} aktiivista asiakasta, mutta yhtään sosiaalisen kuntoutuksen päätöstä ei tehty.",
                "sv" => $"målgruppen hade {count[l]} aktiva klienter under 12 månader men inga beslut om social rehabilitering.",
                _ => $"the target group had {count[l]} active clients in 12 months but no social rehabilitation decision.",
            });
            var decisions = ctx.Published(cell, IndicatorIds.SocialRehabDecisions);
            drafts.Add(new FlagDraft(FlagRuleIds.NoSocialRehab, cell, FlagSeverities.Medium, evidence)
            {
                IndicatorId = IndicatorIds.SocialRehabDecisions,
                Value = decisions.Suppressed ? null : 0,
                N = shown ? (long)active.Value!.Value : null,
                HoldsAt = Holds,
                Placeholders = new Dictionary<string, Localized>(StringComparer.Ordinal) { ["n"] = count, ["value"] = Localized.Same("0") },
            });
        }
    }

    /// <summary>SG_NO_PARTICIPATION_STRUCTURE (medium): a municipality in the data with no client panel, no
    /// developer-client group and no experience experts at the window end, and no client-panel or developer-client
    /// group sessions in r12 (both are inside the has_* indicators).</summary>
    private static void DetectNoParticipationStructure(FlagContext ctx, List<FlagDraft> drafts)
    {
        foreach (var cell in ctx.Values.MunicipalityCells())
        {
            bool? Holds(int w)
            {
                var active = ctx.Values.Read(cell, IndicatorIds.ActiveClients, w);
                var panel = ctx.Values.Read(cell, IndicatorIds.HasClientPanel, w);
                var developers = ctx.Values.Read(cell, IndicatorIds.HasDeveloperClients, w);
                var experts = ctx.Values.Read(cell, IndicatorIds.UsesExperienceExperts, w);
                if (!active.IsKnown || !panel.IsKnown || !developers.IsKnown || !experts.IsKnown)
                {
                    return null;
                }

                return active.Numerator > 0 && panel.Numerator == 0 && developers.Numerator == 0 && experts.Numerator == 0;
            }

            // A result without the structure rows says nothing about structures: judged only when they are there.
            if (!ctx.Values.Has(cell, IndicatorIds.HasClientPanel, FlagValues.R12) || Holds(FlagValues.R12) != true)
            {
                continue;
            }

            var where = ctx.Where(cell);
            var evidence = Localized.Same(string.Empty).Map((_, l) => where[l] + ": " + l switch
            {
                "fi" => "kunnassa ei ole asiakasraatia, kehittäjäasiakasryhmää eikä kokemusasiantuntijatoimintaa, eikä asiakasraadin tai kehittäjäasiakkaiden tapaamisia pidetty 12 kuukauden aikana.",
                "sv" => "kommunen har inget klientråd, ingen utvecklarklientgrupp och inga erfarenhetsexperter, och inga träffar för klientråd eller utvecklarklienter hölls under 12 månader.",
                _ => "the municipality has no client panel, no developer-client group and no experience experts, and no client-panel or developer-client sessions were held in 12 months.",
            });
            drafts.Add(new FlagDraft(FlagRuleIds.NoParticipationStructure, cell, FlagSeverities.Medium, evidence)
            {
                IndicatorId = IndicatorIds.HasClientPanel,
                Value = 0,
                HoldsAt = Holds,
            });
        }
    }

    /// <summary>BS_UNREACHED_GROUP (high), BS_LOW_REACH (high or medium) and BS_NO_LOW_THRESHOLD (medium) on
    /// municipality x target group cells with at least the minimum people in need, in municipalities in the data.
    /// BS_LOW_REACH leaves an unreached group to BS_UNREACHED_GROUP (the more specific rule).</summary>
    private static void DetectBlindSpots(FlagContext ctx, List<FlagDraft> drafts)
    {
        var o = ctx.Options;
        foreach (var cell in ctx.Values.TargetGroupCells(IndicatorIds.ReachPct))
        {
            (bool Unreached, bool LowReach, bool NoSupply)? Judge(int w)
            {
                var reach = ctx.Values.Read(cell, IndicatorIds.ReachPct, w);
                var county = ctx.Values.Read(cell.CountyCell, IndicatorIds.ReachPct, w);
                var active = ctx.Values.Read(cell.MunicipalityCell, IndicatorIds.ActiveClients, w);
                var points = ctx.Values.Read(cell, IndicatorIds.LowThresholdPoints, w);
                var outreach = ctx.Values.Read(cell, IndicatorIds.OutreachFirstContactPct, w);
                if (!reach.IsKnown || !county.IsKnown || !active.IsKnown || !points.IsKnown || !outreach.IsKnown)
                {
                    return null;
                }

                if (active.Numerator == 0 || reach.Denominator < o.BlindSpotMinPeopleInNeed)
                {
                    return (false, false, false);
                }

                var unreached = reach.Numerator == 0;
                var low = !unreached && reach.Value is { } v && county.Value is { } cv && cv > 0 && v < o.LowReachRatio * cv;
                return (unreached, low, points.Numerator == 0 && outreach.Numerator == 0);
            }

            if (Judge(FlagValues.R12) is not { } now)
            {
                continue;
            }

            if (now.Unreached)
            {
                drafts.Add(BlindSpotDraft(ctx, FlagRuleIds.UnreachedGroup, cell, FlagSeverities.High, now.NoSupply) with
                {
                    HoldsAt = m => Judge(m) is { } j ? j.Unreached : null,
                });
            }

            if (now.LowReach)
            {
                drafts.Add(BlindSpotDraft(ctx, FlagRuleIds.LowReach, cell, now.NoSupply ? FlagSeverities.High : FlagSeverities.Medium, now.NoSupply) with
                {
                    HoldsAt = m => Judge(m) is { } j ? j.LowReach : null,
                });
            }

            if (now.NoSupply)
            {
                drafts.Add(BlindSpotDraft(ctx, FlagRuleIds.NoLowThreshold, cell, FlagSeverities.Medium, true) with
                {
                    HoldsAt = m => Judge(m) is { } j ? j.NoSupply : null,
                });
            }
        }
    }
}
