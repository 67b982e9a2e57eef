using System.Globalization;
using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Flags;

public static partial class FlagDetector
{
    /// <summary>SG_ASSESSMENT_LATE, SG_ASSESSMENT_START_LATE, SG_PLAN_MISSING, SG_METER_LOSS: a share below (above)
    /// a threshold on a denominator of at least min_n; high below (above) the second threshold.</summary>
    private static void DetectShares(FlagContext ctx, List<FlagDraft> drafts)
    {
        var o = ctx.Options;
        (string Rule, string Indicator, bool Below, double Threshold, double High)[] rules =
        [
            (FlagRuleIds.AssessmentLate, IndicatorIds.AssessmentDone3MPct, true, o.AssessmentLateBelow, o.AssessmentLateHighBelow),
            (FlagRuleIds.AssessmentStartLate, IndicatorIds.AssessmentStart7WdPct, true, o.AssessmentStartLateBelow, o.AssessmentStartLateHighBelow),
            (FlagRuleIds.PlanMissing, IndicatorIds.ClientPlanPct, true, o.PlanMissingBelow, o.PlanMissingHighBelow),
            (FlagRuleIds.MeterLoss, IndicatorIds.MeterFollowUpLossPct, false, o.MeterLossAbove, o.MeterLossHighAbove),
        ];
        foreach (var rule in rules)
        {
            foreach (var cell in Cells(ctx, rule.Indicator))
            {
                bool? Holds(Reading r) => !r.IsKnown ? null
                    : r.Denominator >= o.MinN && r.Value is { } v && (rule.Below ? v < rule.Threshold : v > rule.Threshold)
                        && IntervalBeyond(o, cell, r, rule.Threshold, rule.Below);

                var now = ctx.Values.Read(cell, rule.Indicator, FlagValues.R12);
                if (Holds(now) != true)
                {
                    continue;
                }

                var high = rule.Below ? now.Value < rule.High : now.Value > rule.High;
                var suppressedPhrase = Localized.Same(string.Empty).Map((_, l) =>
                    (rule.Below ? Below(l) : Above(l)) + FlagText.Percent(rule.Threshold, l));
                var limit = Localized.Same(string.Empty).Map((_, l) => Limit(l, rule.Threshold, rule.Rule == FlagRuleIds.AssessmentStartLate));
                drafts.Add(ShareDraft(ctx, rule.Rule, rule.Indicator, cell, high, suppressedPhrase, limit, statistic: null) with
                {
                    HoldsAt = m => Holds(ctx.Values.Read(cell, rule.Indicator, m)),
                });
            }
        }
    }

    /// <summary>The target-group noise guard (<see cref="FlagOptions.TargetGroupRequiresInterval"/>): true at
    /// municipality level or when the guard is off; else whether the Wilson 95 % interval of the true share lies
    /// wholly below (above) the threshold.</summary>
    private static bool IntervalBeyond(FlagOptions o, CellKey cell, Reading r, double threshold, bool below)
    {
        if (cell.TargetGroup is null || !o.TargetGroupRequiresInterval)
        {
            return true;
        }

        return ConfidenceIntervals.WilsonPct(r.Numerator, r.Denominator) is { } ci && (below ? ci.High < threshold : ci.Low > threshold);
    }

    /// <summary>A share rule's draft: published value, n, interval and comparators, the evidence sentence, and the
    /// placeholders of the action template.</summary>
    private static FlagDraft ShareDraft(
        FlagContext ctx, string rule, string indicator, CellKey cell, bool high, Localized suppressedPhrase, Localized limit,
        (string Invariant, Localized Text)? statistic)
    {
        var pub = ctx.Published(cell, indicator);
        var shown = !pub.Suppressed && pub.Value is not null;
        var cmp = Comparators(ctx, cell, indicator);
        var valueText = shown ? Localized.Same(string.Empty).Map((_, l) => FlagText.Percent(pub.Value!.Value, l)) : suppressedPhrase;
        var details = new List<Localized>();
        if (shown && pub.Denominator is { } n)
        {
            details.Add(Localized.Same(string.Empty).Map((_, l) => "n = " + FlagText.Count(n, l)));
        }

        if (!cmp.Text.Fi.Equals(string.Empty, StringComparison.Ordinal))
        {
            details.Add(cmp.Text);
        }

        string? stat = null;
        if (shown && pub.CiLow is { } lo && pub.CiHigh is { } hi)
        {
            stat = string.Create(CultureInfo.InvariantCulture, $"95 % CI {FlagText.Round1(lo):0.0}-{FlagText.Round1(hi):0.0}");
            details.Add(Localized.Same(string.Empty).Map((_, l) => Interval(l) + FlagText.Number(lo, l) + "–" + FlagText.Percent(hi, l)));
        }

        if (shown && statistic is { } s)
        {
            stat = stat is null ? s.Invariant : s.Invariant + "; " + stat;
            details.Add(s.Text);
        }

        var clause = Localized.Same(string.Empty).Map((_, l) => ShareClause(ctx, rule, l, valueText[l]));
        var evidence = Localized.Same(string.Empty).Map((_, l) =>
        {
            var text = ctx.Where(cell)[l] + ": " + clause[l];
            text += details.Count > 0 ? " (" + string.Join("; ", details.Select(d => d[l])) + ")." : ".";
            text += " " + limit[l];
            return shown ? text : text + " " + NotPublished(l);
        });
        return new FlagDraft(rule, cell, high ? FlagSeverities.High : FlagSeverities.Medium, evidence)
        {
            IndicatorId = indicator,
            Value = shown ? pub.Value : null,
            N = shown ? pub.Denominator : null,
            ComparatorKind = cmp.Kind,
            ComparatorValue = cmp.Value,
            PeerGroupId = cmp.PeerId,
            PeerGroupValue = cmp.PeerValue,
            Statistic = stat,
            Placeholders = new Dictionary<string, Localized>(StringComparer.Ordinal)
            {
                ["value"] = valueText,
                ["comparator"] = cmp.CountyText,
                ["threshold"] = Localized.Same(string.Empty).Map((_, l) => ThresholdOf(ctx, rule, l)),
                ["n"] = shown && pub.Denominator is { } nn ? Localized.Same(string.Empty).Map((_, l) => FlagText.Count(nn, l)) : Localized.Same(string.Empty),
            },
        };
    }

    private static string ThresholdOf(FlagContext ctx, string rule, string language)
    {
        var o = ctx.Options;
        var t = rule switch
        {
            FlagRuleIds.AssessmentLate => o.AssessmentLateBelow,
            FlagRuleIds.AssessmentStartLate => o.AssessmentStartLateBelow,
            FlagRuleIds.PlanMissing => o.PlanMissingBelow,
            FlagRuleIds.MeterLoss => o.MeterLossAbove,
            FlagRuleIds.UnplannedClosures => o.UnplannedClosuresAbove,
            _ => double.NaN,
        };
        return double.IsNaN(t) ? string.Empty : FlagText.Percent(t, language);
    }

    /// <summary>The rule's statement with the (published or threshold) percentage in it.</summary>
    private static string ShareClause(FlagContext ctx, string rule, string language, string pct)
    {
        var io = ctx.Input.IndicatorOptions;
        int months = io.AssessmentDoneMonths, days = io.AssessmentStartWorkingDays, planDays = io.PlanMinDays;
        return (rule, language) switch
        {
            (FlagRuleIds.AssessmentLate, "fi") => $"palvelutarpeen arviointi valmistui {months} kuukauden kuluessa {pct}:ssa asiakkuuksista",
            (FlagRuleIds.AssessmentLate, "sv") => $"bedömningen av servicebehovet blev klar inom {months} månader i {pct} av klientrelationerna",
            (FlagRuleIds.AssessmentLate, _) => $"the service-need assessment was completed within {months} months in {pct} of cases",
            (FlagRuleIds.AssessmentStartLate, "fi") => $"palvelutarpeen arviointi alkoi {days} arkipäivän kuluessa {pct}:ssa erityistä tukea tarvitsevien uusista asiakkuuksista",
            (FlagRuleIds.AssessmentStartLate, "sv") => $"bedömningen inleddes inom {days} vardagar i {pct} av de nya klientrelationerna med behov av särskilt stöd",
            (FlagRuleIds.AssessmentStartLate, _) => $"the assessment started within {days} working days in {pct} of new cases with a special support need",
            (FlagRuleIds.PlanMissing, "fi") => $"asiakassuunnitelma oli tehty {pct}:lle vähintään {planDays} päivää avoinna olleista asiakkuuksista",
            (FlagRuleIds.PlanMissing, "sv") => $"en klientplan fanns för {pct} av klientrelationerna som varit öppna minst {planDays} dagar",
            (FlagRuleIds.PlanMissing, _) => $"a client plan had been made for {pct} of cases open at least {planDays} days",
            (FlagRuleIds.MeterLoss, "fi") => $"{pct}:lta seurantaan erääntyneistä mittarin alkumittauksista puuttuu seurantamittaus",
            (FlagRuleIds.MeterLoss, "sv") => $"{pct} av de utgångsmätningar som borde ha följts upp saknar uppföljningsmätning",
            (FlagRuleIds.MeterLoss, _) => $"{pct} of meter baselines due for follow-up have none",
            (FlagRuleIds.UnplannedClosures, "fi") => $"{pct} päättyneistä asiakkuuksista päättyi suunnittelemattomasti (asiakas keskeytti tai häntä ei tavoitettu)",
            (FlagRuleIds.UnplannedClosures, "sv") => $"{pct} av de avslutade klientrelationerna avslutades oplanerat (klienten avbröt eller nåddes inte)",
            (FlagRuleIds.UnplannedClosures, _) => $"{pct} of closed cases ended unplanned (the client withdrew or was not reached)",
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
        };
    }

    /// <summary>Published county value and quotable peer-group value, as texts and as the flag's comparator.</summary>
    private static (Localized Text, Localized CountyText, string? Kind, double? Value, string? PeerId, double? PeerValue) Comparators(
        FlagContext ctx, CellKey cell, string indicator)
    {
        var county = ctx.Published(cell.CountyCell, indicator);
        double? cv = county.Suppressed ? null : county.Value;
        var (peerId, pv) = ctx.Peer(cell, indicator);
        var parts = new List<Localized>();
        var countyText = new Localized("ei julkaistu", "ej publicerad", "not published");
        if (cv is { } c)
        {
            countyText = Localized.Same(string.Empty).Map((_, l) => FlagText.Percent(c, l));
            parts.Add(new Localized("hyvinvointialue ", "välfärdsområdet ", "county ") + countyText);
        }

        if (pv is { } p)
        {
            parts.Add(Localized.Same(string.Empty).Map((_, l) => l switch { "fi" => "vertailuryhmä ", "sv" => "jämförelsegruppen ", _ => "peer group " } + FlagText.Percent(p, l)));
        }

        var text = Localized.Same(string.Empty).Map((_, l) => string.Join("; ", parts.Select(x => x[l])));
        return cv is not null
            ? (text, countyText, FlagComparatorKinds.County, cv, peerId, pv)
            : pv is not null ? (text, countyText, FlagComparatorKinds.PeerGroup, pv, peerId, pv) : (text, countyText, null, null, peerId, pv);
    }

    private static string Below(string language) => language switch { "fi" => "alle ", "sv" => "under ", _ => "below " };

    private static string Above(string language) => language switch { "fi" => "yli ", "sv" => "över ", _ => "over " };

    private static string Interval(string language) => language switch
    {
        "fi" => "95 %:n luottamusväli ",
        "sv" => "95 % konfidensintervall ",
        _ => "95% CI ",
    };

    private static string Limit(string language, double threshold, bool localStandard) => language switch
    {
        "fi" => "Raja " + FlagText.Percent(threshold, language) + (localStandard ? " (paikallinen palvelulupaus)." : "."),
        "sv" => "Gräns " + FlagText.Percent(threshold, language) + (localStandard ? " (lokal servicestandard)." : "."),
        _ => "Threshold " + FlagText.Percent(threshold, language) + (localStandard ? " (local service standard)." : "."),
    };

    private static string NotPublished(string language) => language switch
    {
        "fi" => "Tarkkaa lukua ei julkaista, koska tapauksia on vähän.",
        "sv" => "Den exakta siffran publiceras inte eftersom fallen är få.",
        _ => "The exact figure is not published because there are few cases.",
    };
}
