using System.Globalization;
using Osmo.Analytics.Indicators;
using Osmo.Analytics.Reference;

namespace Osmo.Analytics.Reports.ReportModels;

/// <summary>Texts that code puts into a report (rule titles, severities, units, code names), in one language.</summary>
/// <remarks>Page prose lives in the templates, where a coordinator can edit it; these are the words that belong to
/// data values. Names from the reference files and the catalog are used where they exist; the reference files have
/// no Swedish meter-domain names and the catalog no Swedish definitions, so Swedish reports show the Finnish text there.</remarks>
internal sealed class ReportLabels(string language)
{
    /// <summary><c>fi</c>, <c>sv</c> or <c>en</c>.</summary>
    public string Language { get; } = language;

    public string Yes => L("kyllä", "ja", "yes");

    public string No => L("ei", "nej", "no");

    public string DaysUnit => L("vrk", "dygn", "days");

    public string HoursUnit => L("h/vko", "h/vecka", "h/week");

    public string PercentPoints => L("%-yks.", "%-enh.", "pp");

    public string NoDataTitle => L(
        "Ei tietoa: ei tapauksia, joista luku laskettaisiin",
        "Uppgift saknas: inga fall att beräkna talet av",
        "No data: no cases to compute the figure from");

    public string AllTargetGroups => L("Kaikki kohderyhmät", "Alla målgrupper", "All target groups");

    public string AllData => L("Koko aineisto", "Hela materialet", "All data");

    public string PeerGroupMedian => L("Vertailukunnat (mediaani)", "Jämförelsekommuner (median)", "Peer municipalities (median)");

    public string SuppressedTitle(int k) => string.Format(CultureInfo.InvariantCulture, L(
        "Alle {0}: pieni luku tai siitä pääteltävissä oleva luku on salattu tietosuojan vuoksi",
        "Under {0}: ett litet tal, eller ett tal som det kan härledas ur, är dolt av dataskyddsskäl",
        "Under {0}: a small number, or one it could be derived from, is hidden to protect privacy"), k);

    /// <summary>Name of an indicator in this language.</summary>
    public string IndicatorName(IndicatorDefinition d) => L(d.NameFi, d.NameSv, d.NameEn);

    /// <summary>Definition of an indicator (Finnish in Swedish reports: the catalog has no Swedish definitions).</summary>
    public string IndicatorDefinition(IndicatorDefinition d) => Language == "en" ? d.DefinitionEn : d.DefinitionFi;

    public string Name(CodeName c) => L(c.NameFi, c.NameSv, c.NameEn);

    public string Name(WellbeingCounty c) => L(c.NameFi, c.NameSv, c.NameEn);

    public string Name(Municipality m) => Language == "sv" ? m.NameSv : m.NameFi;

    public string Name(MeterDomain d) => Language == "en" ? d.NameEn : d.NameFi;

    public string Direction(IndicatorDirection d) => d switch
    {
        IndicatorDirection.HigherIsBetter => L("suurempi on parempi", "högre är bättre", "higher is better"),
        IndicatorDirection.LowerIsBetter => L("pienempi on parempi", "lägre är bättre", "lower is better"),
        _ => L("ei suuntaa", "ingen riktning", "neutral"),
    };

    /// <summary>Whether a change is for the better, in words (so that meaning never rests on colour alone).</summary>
    public string ChangeVerdict(IndicatorDirection d, double delta) => (d, Math.Sign(delta)) switch
    {
        (_, 0) => L("ennallaan", "oförändrat", "unchanged"),
        (IndicatorDirection.HigherIsBetter, > 0) or (IndicatorDirection.LowerIsBetter, < 0) => L("parempi", "bättre", "better"),
        (IndicatorDirection.HigherIsBetter, < 0) or (IndicatorDirection.LowerIsBetter, > 0) => L("heikompi", "sämre", "worse"),
        (_, > 0) => L("kasvua", "ökning", "up"),
        _ => L("laskua", "minskning", "down"),
    };

    public string Severity(string severity) => severity switch
    {
        "high" => L("Vakava", "Allvarlig", "High"),
        "medium" => L("Kohtalainen", "Måttlig", "Medium"),
        "info" => L("Tiedoksi", "För kännedom", "For information"),
        _ => severity,
    };

    public string Structure(string code) => code switch
    {
        "client_panel" => L("Asiakasraati", "Klientråd", "Client panel"),
        "developer_clients" => L("Kehittäjäasiakasryhmä", "Utvecklarklientgrupp", "Developer-client group"),
        "experience_experts" => L("Kokemusasiantuntijat", "Erfarenhetsexperter", "Experience experts"),
        _ => code,
    };

    public string GroupType(string code) => code switch
    {
        "activity" => L("toiminnallinen", "aktivitet", "activity"),
        "life_management" => L("elämänhallinta", "livskompetens", "life management"),
        "therapeutic" => L("terapeuttinen", "terapeutisk", "therapeutic"),
        "animal_nature" => L("eläin- ja luontoavusteinen", "djur och natur", "animal and nature"),
        "peer" => L("vertaistuki", "kamratstöd", "peer support"),
        "developer_clients" => L("kehittäjäasiakkaat", "utvecklarklienter", "developer clients"),
        "client_panel" => L("asiakasraati", "klientråd", "client panel"),
        _ => code,
    };

    public string RuleTitle(string rule) => rule switch
    {
        "SG_ASSESSMENT_LATE" => L("Palvelutarpeen arvioinnit valmistuvat hitaasti", "Bedömningarna av servicebehov blir klara sent", "Service-need assessments are completed late"),
        "SG_ASSESSMENT_START_LATE" => L("Arvioinnit eivät käynnisty 7 arkipäivässä", "Bedömningarna inleds inte inom 7 vardagar", "Assessments do not start within 7 working days"),
        "SG_PLAN_MISSING" => L("Asiakassuunnitelmia puuttuu", "Klientplaner saknas", "Client plans are missing"),
        "SG_UNPLANNED_CLOSURES" => L("Moni asiakkuus päättyy suunnittelematta", "Många klientrelationer avslutas oplanerat", "Many cases end unplanned"),
        "SG_METER_LOSS" => L("Mittarien seurantamittaukset jäävät tekemättä", "Uppföljningsmätningar blir ogjorda", "Meter follow-ups are not done"),
        "SG_GROUP_NO_PARTICIPANTS" => L("Ryhmiä peruuntuu osallistujien puuttuessa", "Grupper ställs in i brist på deltagare", "Groups are cancelled for lack of participants"),
        "SG_NO_SOCIAL_REHAB" => L("Sosiaalisen kuntoutuksen päätöksiä ei tehdä", "Inga beslut om social rehabilitering", "No social rehabilitation decisions"),
        "SG_NO_PARTICIPATION_STRUCTURE" => L("Asiakasosallisuuden rakenteet puuttuvat", "Strukturer för klientdelaktighet saknas", "No client participation structures"),
        "BS_UNREACHED_GROUP" => L("Kohderyhmää ei tavoiteta lainkaan", "Målgruppen nås inte alls", "Target group not reached at all"),
        "BS_LOW_REACH" => L("Kohderyhmän tavoittavuus on heikko", "Låg räckvidd i målgruppen", "Low reach of the target group"),
        "BS_NO_LOW_THRESHOLD" => L("Kohderyhmälle ei ole matalan kynnyksen palvelua", "Ingen lågtröskeltjänst för målgruppen", "No low-threshold service for the target group"),
        "AN_PROFILE_OUTLIER" => L("Indikaattoriprofiili poikkeaa muista kunnista", "Indikatorprofilen avviker från andra kommuners", "Indicator profile differs from other municipalities"),
        _ => rule,
    };

    public string MonthsInRow(int months) => months == 1
        ? L("uusi tässä kuussa", "ny denna månad", "new this month")
        : string.Format(CultureInfo.InvariantCulture, L("{0} kuukautta peräkkäin", "{0} månader i rad", "{0} months in a row"), months);

    /// <summary>Picks the text of this language.</summary>
    public string L(string fi, string sv, string en) => Language switch
    {
        "sv" => sv,
        "en" => en,
        _ => fi,
    };
}
