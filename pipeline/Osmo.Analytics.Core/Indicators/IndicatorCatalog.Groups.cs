namespace Osmo.Analytics.Indicators;

public static partial class IndicatorCatalog
{
    private const string Sessions = "group_sessions";

    private static IEnumerable<IndicatorDefinition> GroupIndicators()
    {
        const IndicatorFamily F = IndicatorFamily.GroupActivities;
        yield return Def(IndicatorIds.GroupsActive, F,
            ("Toimivat ryhmät", "Aktiva grupper", "Active groups"),
            ("Eri ryhmät, joilla on jakson aikana pidetty ryhmäkerta. Ryhmäkerran kunta ja kohderyhmä; ilman kohderyhmää vain kunta- ja sitä ylemmillä tasoilla.",
             "Distinct groups with a held session in the window. The session's municipality and target group (blank: not at the target-group levels)."),
            "distinct group_id with a held session", null, IndicatorUnits.Group, IndicatorDirection.Neutral, Sessions);
        yield return Def(IndicatorIds.GroupSessionsHeld, F,
            ("Pidetyt ryhmäkerrat", "Genomförda gruppträffar", "Group sessions held"),
            ("Jakson aikana pidetyt ryhmäkerrat.", "Sessions held in the window."),
            "sessions with status held", null, IndicatorUnits.Session, IndicatorDirection.Neutral, Sessions);
        yield return Def(IndicatorIds.GroupSessionsCancelled, F,
            ("Perutut ryhmäkerrat", "Inställda gruppträffar", "Group sessions cancelled"),
            ("Jakson aikana perutut ryhmäkerrat.", "Sessions cancelled in the window."),
            "sessions with status cancelled", null, IndicatorUnits.Session, IndicatorDirection.LowerIsBetter, Sessions);
        yield return Def(IndicatorIds.SessionsNoParticipants, F,
            ("Osallistujien puutteen vuoksi perutut ryhmäkerrat", "Gruppträffar inställda i brist på deltagare", "Sessions cancelled for no participants"),
            ("Jakson aikana osallistujien puutteen vuoksi perutut ryhmäkerrat.", "Sessions cancelled for no_participants in the window."),
            "cancelled sessions with cancel_reason no_participants", null, IndicatorUnits.Session,
            IndicatorDirection.LowerIsBetter, Sessions);
        yield return Def(IndicatorIds.GroupParticipantsDistinct, F,
            ("Ryhmien eri osallistujat", "Olika deltagare i grupper", "Distinct group participants"),
            ("Eri asiakkaat läsnäolotiedoissa. Tyhjä kunnalle, jolta ei ole yhtään hyväksyttyä läsnäoloriviä (ja ylemmällä tasolla, jos jokin sen kunnista, jolla on ryhmäkertoja, on sellainen).",
             "Distinct clients in attendance. Null for a municipality with no accepted attendance row at all, and at a higher level when any of its municipalities with sessions has none (the count would be partial)."),
            "distinct client_id in attendance", null, IndicatorUnits.Client, IndicatorDirection.Neutral,
            "group_attendance, group_sessions");
        yield return Def(IndicatorIds.GroupAttendanceMean, F,
            ("Osallistujia keskimäärin ryhmäkerralla", "Deltagare per gruppträff i genomsnitt", "Mean attendance per session"),
            ("Pidettyjen ryhmäkertojen osallistujamäärän keskiarvo (95 %:n t-luottamusväli).",
             "Mean head count (participants) per held session, with a 95 % t interval."),
            "sum of participants", "held sessions", IndicatorUnits.ParticipantsPerSession, IndicatorDirection.Neutral, Sessions);
        yield return Def(IndicatorIds.GroupsExperienceExpertPct, F,
            ("Ryhmät, joissa kokemusasiantuntija, %", "Grupper med erfarenhetsexpert, %", "Groups with an experience expert, %"),
            ("Toimivista ryhmistä ne, joiden vähintään yhden jakson aikana pidetyn kerran ohjaajana oli kokemusasiantuntija tai vertaisohjaaja.",
             "Active groups with at least one held session in the window co-facilitated by an experience expert."),
            "active groups with a held session with experience_expert = true", "active groups", IndicatorUnits.Pct,
            IndicatorDirection.HigherIsBetter, Sessions);
        yield return Def(IndicatorIds.SessionsLowThresholdPct, F,
            ("Matalan kynnyksen tai jalkautuvat ryhmäkerrat, %", "Gruppträffar på lågtröskel- eller uppsökande plats, %", "Sessions at low-threshold or outreach locations, %"),
            ("Pidetyistä ryhmäkerroista ne, jotka pidettiin matalan kynnyksen tai jalkautuvassa paikassa (tuntematon paikka jää nimittäjään).",
             "Held sessions at low_threshold or outreach locations (an unknown location stays in the denominator)."),
            "held sessions with location_type low_threshold or outreach", "held sessions", IndicatorUnits.Pct,
            IndicatorDirection.HigherIsBetter, Sessions);
    }
}
