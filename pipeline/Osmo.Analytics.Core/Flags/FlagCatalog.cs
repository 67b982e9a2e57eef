using System.Globalization;
using System.Text;
using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Flags;

/// <summary>The flag rules with names (fi/sv/en) and definitions filled with the configured thresholds: printed into
/// the report's method section, the Excel <c>Määritelmät</c> sheet and <c>osmo catalog</c> from this one place.</summary>
public static class FlagCatalog
{
    /// <summary>Every rule in catalog order (<see cref="FlagRuleIds.All"/>), described with <paramref name="o"/>'s thresholds.</summary>
    public static IReadOnlyList<FlagRule> Describe(FlagOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        string P(double v) => v.ToString("0.##", CultureInfo.InvariantCulture) + " %";
        string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
        var guard = o.TargetGroupRequiresInterval
            ? (" Kohderyhmätasolla lisäksi 95 %:n luottamusvälin on oltava kokonaan rajan väärällä puolella.", " At target-group level the 95 % interval must also lie wholly beyond the threshold.")
            : (string.Empty, string.Empty);
        FlagRule Share(string id, (string, string, string) name, string indicator, string fiWhat, string enWhat, bool below, double t, double high) => new(
            id, name.Item1, name.Item2, name.Item3,
            $"{fiWhat} {(below ? "alle" : "yli")} {P(t)} (r12), nimittäjä vähintään {o.MinN}.{guard.Item1}",
            $"{enWhat} {(below ? "below" : "above")} {P(t)} (r12), denominator at least {o.MinN}.{guard.Item2}",
            $"high when {(below ? "below" : "above")} {P(high)}, else medium", indicator);
        return
        [
            Share(FlagRuleIds.AssessmentLate, ("Palvelutarpeen arviointi viivästyy", "Bedömningen av servicebehovet dröjer", "Assessments completed late"),
                IndicatorIds.AssessmentDone3MPct, "Määräajassa valmistuneet arvioinnit", "assessment_done_3m_pct", true, o.AssessmentLateBelow, o.AssessmentLateHighBelow),
            Share(FlagRuleIds.AssessmentStartLate, ("Arvioinnin aloitus viivästyy", "Bedömningen inleds för sent", "Assessments started late"),
                IndicatorIds.AssessmentStart7WdPct, "Määräajassa alkaneet arvioinnit (paikallinen palvelulupaus)", "assessment_start_7wd_pct (a local service standard)", true, o.AssessmentStartLateBelow, o.AssessmentStartLateHighBelow),
            Share(FlagRuleIds.PlanMissing, ("Asiakassuunnitelmat puuttuvat", "Klientplaner saknas", "Client plans missing"),
                IndicatorIds.ClientPlanPct, "Asiakassuunnitelman saaneet", "client_plan_pct", true, o.PlanMissingBelow, o.PlanMissingHighBelow),
            new(FlagRuleIds.UnplannedClosures, "Suunnittelemattomat päättymiset", "Oplanerade avslut", "Unplanned closures",
                $"Suunnittelemattomasti päättyneitä yli {P(o.UnplannedClosuresAbove)} (A) tai vähintään {N(o.UnplannedClosuresCountyGap)} prosenttiyksikköä hyvinvointialuetta enemmän ja z >= {N(o.UnplannedClosuresMinZ)} (B); nimittäjä vähintään {o.MinN}.",
                $"unplanned_closure_pct above {P(o.UnplannedClosuresAbove)} (A), or at least {N(o.UnplannedClosuresCountyGap)} points above the county with a pooled two-proportion z of at least {N(o.UnplannedClosuresMinZ)} against the whole county (B); denominator at least {o.MinN}.",
                "high when A and B, else medium", IndicatorIds.UnplannedClosurePct),
            Share(FlagRuleIds.MeterLoss, ("Mittareiden seurantakato", "Bortfall i mätarnas uppföljning", "Meter follow-up loss"),
                IndicatorIds.MeterFollowUpLossPct, "Seurantamittauksen kato", "meter_follow_up_loss_pct", false, o.MeterLossAbove, o.MeterLossHighAbove),
            new(FlagRuleIds.GroupNoParticipants, "Ryhmä ilman osallistujia", "Grupp utan deltagare", "Group without participants",
                $"Ryhmältä peruttu osallistujien puuttuessa vähintään {o.GroupNoParticipantsMinCancelled} kokoontumista 12 kuukaudessa, tai kaikki viimeisen {o.GroupNoParticipantsRecentMonths} kuukauden kokoontumiset.",
                $"A group with at least {o.GroupNoParticipantsMinCancelled} sessions cancelled for no participants in r12, or whose every session of the last {o.GroupNoParticipantsRecentMonths} months was.",
                "medium", IndicatorIds.SessionsNoParticipants),
            new(FlagRuleIds.NoSocialRehab, "Ei sosiaalista kuntoutusta", "Ingen social rehabilitering", "No social rehabilitation",
                $"Kohderyhmässä vähintään {o.NoSocialRehabMinActiveClients} aktiivista asiakasta eikä yhtään sosiaalisen kuntoutuksen päätöstä (r12).",
                $"A target group with at least {o.NoSocialRehabMinActiveClients} active clients and no social rehabilitation decision (r12).",
                "medium", IndicatorIds.SocialRehabDecisions),
            new(FlagRuleIds.NoParticipationStructure, "Ei osallisuusrakenteita", "Inga delaktighetsstrukturer", "No participation structures",
                "Kunnassa ei asiakasraatia, kehittäjäasiakasryhmää eikä kokemusasiantuntijoita, eikä asiakasraadin tai kehittäjäasiakkaiden tapaamisia 12 kuukaudessa.",
                "A municipality with no client panel, no developer-client group and no experience experts, and no client-panel or developer-client sessions in r12.",
                "medium", IndicatorIds.HasClientPanel),
            new(FlagRuleIds.UnreachedGroup, "Tavoittamaton kohderyhmä", "Onådd målgrupp", "Unreached target group",
                $"Palvelua tarvitsevia vähintään {o.BlindSpotMinPeopleInNeed}, mutta kohderyhmässä ei yhtään aktiivista asiakasta (r12).",
                $"At least {o.BlindSpotMinPeopleInNeed} people in need and no active client of the group (r12).",
                "high", IndicatorIds.ReachPct),
            new(FlagRuleIds.LowReach, "Heikko tavoittavuus", "Låg räckvidd", "Low reach",
                $"Tavoittavuus alle {N(o.LowReachRatio * 100)} % hyvinvointialueen saman kohderyhmän tavoittavuudesta, palvelua tarvitsevia vähintään {o.BlindSpotMinPeopleInNeed}.",
                $"reach_pct below {N(o.LowReachRatio)} x the county's reach of the group, at least {o.BlindSpotMinPeopleInNeed} people in need.",
                "high when also no low-threshold point serves the group and no outreach or low-threshold first contact in it, else medium", IndicatorIds.ReachPct),
            new(FlagRuleIds.NoLowThreshold, "Ei matalan kynnyksen palvelua", "Ingen lågtröskeltjänst", "No low-threshold service",
                $"Palvelua tarvitsevia vähintään {o.BlindSpotMinPeopleInNeed}, ei ryhmää palvelevaa matalan kynnyksen pistettä eikä jalkautuvan työn tai matalan kynnyksen ensikontaktia (r12).",
                $"At least {o.BlindSpotMinPeopleInNeed} people in need, no active low-threshold point serving the group and no outreach or low-threshold first contact among its new cases (r12).",
                "medium", IndicatorIds.LowThresholdPoints),
            new(FlagRuleIds.ProfileOutlier, "Poikkeava indikaattoriprofiili", "Avvikande indikatorprofil", "Unusual indicator profile",
                "Kunnan 12 kuukauden indikaattoriprofiilin poikkeavuuspistemäärä (ML.NET, satunnaistettu PCA) ylittää rajan; kolme eniten poikkeavaa indikaattoria kerrotaan.",
                "The ML anomaly score (ML.NET randomized PCA) of the municipality's r12 indicator profile is above the threshold; the 3 indicators deviating most are reported.",
                "info", null),
        ];
    }

    /// <summary>The flag catalog as Markdown (for <c>osmo catalog</c>); <c>\n</c> line endings.</summary>
    public static string ToMarkdown(FlagOptions options)
    {
        var sb = new StringBuilder();
        sb.Append("# Flag catalog\n\n");
        sb.Append("Evaluated on r12 at municipality and municipality x target group level. Thresholds as configured.\n\n");
        sb.Append("| id | name (fi / sv / en) | raised when (fi) | raised when (en) | severity | indicator |\n");
        sb.Append("|---|---|---|---|---|---|\n");
        foreach (var r in Describe(options))
        {
            sb.Append("| `").Append(r.Id).Append("` | ").Append(r.NameFi).Append(" / ").Append(r.NameSv).Append(" / ").Append(r.NameEn)
                .Append(" | ").Append(r.DefinitionFi).Append(" | ").Append(r.DefinitionEn).Append(" | ").Append(r.Severity)
                .Append(" | ").Append(r.IndicatorId is null ? "-" : "`" + r.IndicatorId + "`").Append(" |\n");
        }

        return sb.ToString();
    }
}
