namespace Osmo.Analytics.Indicators;

public static partial class IndicatorCatalog
{
    private const string Structures = "reference/participation_structures, group_sessions";
    private const string Points = "reference/low_threshold_points";

    private static IEnumerable<IndicatorDefinition> ParticipationIndicators()
    {
        const IndicatorFamily F = IndicatorFamily.ParticipationStructures;
        yield return Def(IndicatorIds.HasClientPanel, F,
            ("Asiakasraati", "Klientråd", "Client panel"),
            ("1, jos kunnassa on jakson lopussa voimassa oleva asiakasraati (viitetieto) tai jakson aikana pidetty asiakasraadin ryhmäkerta; muuten 0.",
             "1 when a client panel is active at window end (reference file) or a client_panel group session was held in the window; else 0."),
            "1 = yes, 0 = no", null, IndicatorUnits.YesNo, IndicatorDirection.HigherIsBetter, Structures, MunicipalityOnly);
        yield return Def(IndicatorIds.HasDeveloperClients, F,
            ("Kehittäjäasiakkaat", "Utvecklarklienter", "Developer clients"),
            ("1, jos kunnassa on jakson lopussa voimassa oleva kehittäjäasiakastoiminta (viitetieto) tai jakson aikana pidetty kehittäjäasiakasryhmän kerta; muuten 0.",
             "1 when developer-client activity is active at window end (reference file) or a developer_clients group session was held in the window; else 0."),
            "1 = yes, 0 = no", null, IndicatorUnits.YesNo, IndicatorDirection.HigherIsBetter, Structures, MunicipalityOnly);
        yield return Def(IndicatorIds.UsesExperienceExperts, F,
            ("Kokemusasiantuntijat käytössä", "Erfarenhetsexperter anlitas", "Experience experts used"),
            ("1, jos kokemusasiantuntijatoiminta on viitetiedon mukaan voimassa jakson lopussa; muuten 0.",
             "1 when experience_experts is active at window end in the reference file; else 0."),
            "1 = yes, 0 = no", null, IndicatorUnits.YesNo, IndicatorDirection.HigherIsBetter,
            "reference/participation_structures", MunicipalityOnly);
    }

    private static IEnumerable<IndicatorDefinition> SupplyIndicators()
    {
        const IndicatorFamily F = IndicatorFamily.LowThresholdSupply;
        yield return Def(IndicatorIds.LowThresholdPoints, F,
            ("Matalan kynnyksen pisteet", "Lågtröskelställen", "Low-threshold points"),
            ("Jakson lopussa toimivat matalan kynnyksen pisteet, jotka palvelevat kohderyhmää (kohderyhmättömällä tasolla kaikki pisteet kerran).",
             "Low-threshold points active at window end (active_from <= end, active_to empty or >= end) serving the target group; at levels without a target group every active point once."),
            "active points", null, IndicatorUnits.Point, IndicatorDirection.HigherIsBetter, Points);
        yield return Def(IndicatorIds.LowThresholdHours, F,
            ("Matalan kynnyksen aukioloaika, h/vko", "Lågtröskelställenas öppettider, h/vecka", "Low-threshold opening hours per week"),
            ("Samojen pisteiden aukiolotunnit viikossa yhteensä.", "Sum of hours_per_week of the same points."),
            "sum of hours_per_week", null, IndicatorUnits.HoursPerWeek, IndicatorDirection.HigherIsBetter, Points);
    }
}
