namespace Osmo.Analytics.Indicators;

public static partial class IndicatorCatalog
{
    private const string Cases = "cases";

    private static IEnumerable<IndicatorDefinition> CaseProcessIndicators()
    {
        const IndicatorFamily F = IndicatorFamily.CaseProcess;
        yield return Def(IndicatorIds.ActiveClients, F,
            ("Aktiiviset asiakkaat", "Aktiva klienter", "Active clients"),
            ("Eri asiakkaat, joilla on jakson aikana aktiivinen asiakkuus (alkanut viimeistään jakson lopussa eikä päättynyt ennen jakson alkua). Asiakas lasketaan kerran solua kohden, myös hyvinvointialueella ja koko aineistossa.",
             "Distinct clients with a case active in the window (opened on or before the window end, not closed before the window start). A client counts once per cell, and once at county and all-data level even when active in several municipalities."),
            "distinct clients with an active case", null, IndicatorUnits.Client, IndicatorDirection.Neutral, Cases);
        yield return Def(IndicatorIds.NewCases, F,
            ("Uudet asiakkuudet", "Nya klientrelationer", "New cases"),
            ("Jakson aikana alkaneet asiakkuudet.", "Cases opened in the window."),
            "cases with opened_on in the window", null, IndicatorUnits.Case, IndicatorDirection.Neutral, Cases);
        yield return Def(IndicatorIds.ClosedCases, F,
            ("Päättyneet asiakkuudet", "Avslutade klientrelationer", "Closed cases"),
            ("Jakson aikana päättyneet asiakkuudet.", "Cases closed in the window."),
            "cases with closed_on in the window", null, IndicatorUnits.Case, IndicatorDirection.Neutral, Cases);
        yield return Def(IndicatorIds.ClientsPer1000, F,
            ("Asiakkaat / 1 000 18–64-vuotiasta", "Klienter per 1 000 invånare 18–64 år", "Clients per 1,000 residents aged 18-64"),
            ("Aktiiviset asiakkaat tuhatta 18–64-vuotiasta asukasta kohden (kunta ja sitä ylemmät tasot; väestö kuntien summana).",
             "Active clients per 1,000 residents aged 18-64 (municipality and above; population summed over the municipalities)."),
            "active clients", "population_18_64 (reference)", IndicatorUnits.Per1000, IndicatorDirection.Neutral,
            "cases, reference/municipalities", MunicipalityAndAbove);
        yield return Def(IndicatorIds.ReachPct, F,
            ("Tavoittavuus, %", "Räckvidd, %", "Reach, %"),
            ("Kohderyhmän aktiiviset asiakkaat / kohderyhmän palvelutarpeessa olevat (tarvearvio jakson loppuvuodelta tai viimeisimmältä aiemmalta vuodelta) x 100. Kunta-, alue- ja kokonaistasolla kaikkien ryhmien eri asiakkaat / tarvearvioiden summa.",
             "Active clients of a target group / people_in_need of that group (estimate of the window end's year, else the latest earlier year) x 100. At municipality, county and all level: distinct active clients of all groups / the sum of people_in_need over groups and municipalities."),
            "distinct active clients", "people_in_need (reference)", IndicatorUnits.Pct, IndicatorDirection.HigherIsBetter,
            "cases, reference/need_reference");
        yield return Def(IndicatorIds.OutreachFirstContactPct, F,
            ("Jalkautuva tai matalan kynnyksen ensikontakti, %", "Uppsökande eller lågtröskel första kontakt, %", "Outreach or low-threshold first contact, %"),
            ("Uusista asiakkuuksista ne, joiden ensikontakti oli jalkautuva työ tai matalan kynnyksen piste.",
             "New cases whose first contact channel was outreach or low_threshold."),
            "new cases with first_contact_channel outreach or low_threshold", "new cases", IndicatorUnits.Pct,
            IndicatorDirection.HigherIsBetter, Cases);
        yield return Def(IndicatorIds.AssessmentStart7WdPct, F,
            ("Palvelutarpeen arviointi alkanut 7 arkipäivässä, %", "Bedömning av servicebehov inledd inom 7 vardagar, %", "Assessment started within 7 working days, %"),
            ("Uusista erityistä tukea tarvitsevien asiakkuuksista ne, joissa arviointi alkoi viimeistään 7. arkipäivänä (ma–pe ilman arkipyhiä) alkamisesta. Paikallinen palvelulupaus, ei SHL 36 §:n määräaika; raja on asetus (oletus 7).",
             "New cases with special_support_need: assessment started on or before the 7th working day (Mon-Fri minus Finnish public holidays) after opening. A local service standard, not the § 36 deadline; the limit is configuration (default 7)."),
            "of those, assessment_started_on <= 7th working day after opened_on", "new cases with special_support_need = true",
            IndicatorUnits.Pct, IndicatorDirection.HigherIsBetter, Cases);
        yield return Def(IndicatorIds.AssessmentDone3MPct, F,
            ("Palvelutarpeen arviointi valmis 3 kuukaudessa, %", "Bedömning av servicebehov klar inom 3 månader, %", "Assessment completed within 3 months, %"),
            ("Kohortti: jaksoa 3 kuukautta aiemmin alkaneet asiakkuudet; osuus, joissa arviointi valmistui viimeistään 3 kalenterikuukauden kuluttua alkamisesta (päivä rajattuna kuun loppuun). Paikallinen palvelulupaus; raja on asetus (oletus 3).",
             "Cohort: cases opened between window start - 3 months and the month end of window end - 3 months; share completed on or before opening + 3 calendar months (day clamped to the month's end). Cases without an assessment stay in the denominator. A local service standard; the limit is configuration (default 3)."),
            "cohort cases with assessment_completed_on <= opened_on + 3 months", "cases in the shifted cohort",
            IndicatorUnits.Pct, IndicatorDirection.HigherIsBetter, Cases);
        yield return Def(IndicatorIds.ClientPlanPct, F,
            ("Asiakassuunnitelma laadittu, %", "Klientplan upprättad, %", "Client plan made, %"),
            ("Jakson lopussa avoimet, vähintään 30 päivää sitten alkaneet asiakkuudet; osuus, joilla asiakassuunnitelma on tehty jakson loppuun mennessä.",
             "Cases opened on or before window end - 30 days and still open at window end (closed_on empty or >= end): share with client_plan_on <= end."),
            "of those, client_plan_on <= window end", "cases opened <= end - 30 days, open at end", IndicatorUnits.Pct,
            IndicatorDirection.HigherIsBetter, Cases);
        yield return Def(IndicatorIds.DaysToPlanMedian, F,
            ("Mediaaniaika asiakassuunnitelmaan, vrk", "Mediantid till klientplan, dygn", "Median days to client plan"),
            ("Mediaani päivistä alkamisesta ensimmäiseen asiakassuunnitelmaan, jakson aikana tehdyistä suunnitelmista.",
             "Median days from opening to the first client plan, over plans made in the window (denominator = number of plans)."),
            "median of client_plan_on - opened_on", "plans made in the window", IndicatorUnits.Days,
            IndicatorDirection.LowerIsBetter, Cases);
        yield return Def(IndicatorIds.UnplannedClosurePct, F,
            ("Suunnittelemattomasti päättyneet asiakkuudet, %", "Oplanerat avslutade klientrelationer, %", "Unplanned closures, %"),
            ("Jakson aikana päättyneistä asiakkuuksista ne, jotka päättyivät asiakkaan keskeyttämänä tai koska asiakasta ei tavoitettu.",
             "Cases closed in the window: share closed as client_withdrew or not_reached."),
            "closed cases with closure_reason client_withdrew or not_reached", "cases closed in the window",
            IndicatorUnits.Pct, IndicatorDirection.LowerIsBetter, Cases);
        yield return Def(IndicatorIds.SocialRehabDecisions, F,
            ("Sosiaalisen kuntoutuksen päätökset", "Beslut om social rehabilitering", "Social rehabilitation decisions"),
            ("Jakson aikana tehdyt sosiaalisen kuntoutuksen päätökset.", "Social rehabilitation decisions made in the window."),
            "cases with social_rehab_decided_on in the window", null, IndicatorUnits.Decision, IndicatorDirection.Neutral, Cases);
        yield return Def(IndicatorIds.SocialRehabDecisionsPer1000, F,
            ("Sosiaalisen kuntoutuksen päätökset / 1 000 18–64-vuotiasta", "Beslut om social rehabilitering per 1 000 invånare 18–64 år", "Social rehabilitation decisions per 1,000 residents aged 18-64"),
            ("Jakson päätökset tuhatta 18–64-vuotiasta kohden (kunta ja sitä ylemmät tasot).",
             "Decisions in the window per 1,000 residents aged 18-64 (municipality and above)."),
            "social rehabilitation decisions", "population_18_64 (reference)", IndicatorUnits.Per1000,
            IndicatorDirection.Neutral, "cases, reference/municipalities", MunicipalityAndAbove);
        yield return Def(IndicatorIds.ExperienceExpertPct, F,
            ("Kokemusasiantuntija mukana, %", "Erfarenhetsexpert medverkat, %", "Experience expert involved, %"),
            ("Aktiivisista asiakkaista ne, joiden jossakin aktiivisessa asiakkuudessa on ollut mukana kokemusasiantuntija.",
             "Active clients with an active case on which an experience expert worked."),
            "distinct active clients with experience_expert = true on an active case", "distinct active clients",
            IndicatorUnits.Pct, IndicatorDirection.HigherIsBetter, Cases);
        yield return Def(IndicatorIds.Participation3PlusPct, F,
            ("Osallisuusaste 3–4, %", "Delaktighetsnivå 3–4, %", "Participation level 3-4, %"),
            ("Aktiivisista asiakkaista, joiden osallisuusaste tunnetaan, ne joiden taso on 3 (kehittäjä) tai 4 (johtaa, määrittelee).",
             "Active clients with a known participation level on an active case: share at level 3 or 4 on any of them."),
            "distinct active clients at level 3 or 4", "distinct active clients with a known level", IndicatorUnits.Pct,
            IndicatorDirection.HigherIsBetter, Cases);
    }
}
