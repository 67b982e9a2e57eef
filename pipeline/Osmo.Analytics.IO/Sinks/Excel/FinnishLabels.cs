using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.IO.Sinks.Excel;

/// <summary>Finnish labels for the wire codes the workbook shows. An unknown code is shown as itself.</summary>
internal static class FinnishLabels
{
    public static string Window(string window) => window switch
    {
        IndicatorWindows.Month => "kuukausi",
        IndicatorWindows.Rolling12 => "12 kk",
        _ => window,
    };

    public static string Level(string level) => level switch
    {
        IndicatorLevels.MunicipalityXTargetGroup => "kunta x kohderyhmä",
        IndicatorLevels.Municipality => "kunta",
        IndicatorLevels.CountyXTargetGroup => "hyvinvointialue x kohderyhmä",
        IndicatorLevels.County => "hyvinvointialue",
        IndicatorLevels.PeerGroup => "vertaisryhmä",
        IndicatorLevels.PeerGroupXTargetGroup => "vertaisryhmä x kohderyhmä",
        IndicatorLevels.All => "koko aineisto",
        _ => level,
    };

    public static string Unit(string unit) => unit switch
    {
        IndicatorUnits.Pct => "%",
        IndicatorUnits.Client => "asiakasta",
        IndicatorUnits.Case => "asiakkuutta",
        IndicatorUnits.Decision => "päätöstä",
        IndicatorUnits.Per1000 => "/ 1 000 18–64-v.",
        IndicatorUnits.Days => "vrk",
        IndicatorUnits.Group => "ryhmää",
        IndicatorUnits.Session => "ryhmäkertaa",
        IndicatorUnits.ParticipantsPerSession => "osallistujaa / kerta",
        IndicatorUnits.YesNo => "kyllä / ei",
        IndicatorUnits.Point => "toimipistettä",
        IndicatorUnits.HoursPerWeek => "tuntia / viikko",
        IndicatorUnits.ScorePoints => "pistettä",
        _ => unit,
    };

    public static string Direction(IndicatorDirection direction) => direction switch
    {
        IndicatorDirection.HigherIsBetter => "suurempi on parempi",
        IndicatorDirection.LowerIsBetter => "pienempi on parempi",
        _ => "neutraali",
    };

    public static string Family(IndicatorFamily family) => family switch
    {
        IndicatorFamily.CaseProcess => "asiakasprosessi",
        IndicatorFamily.Meters => "mittarit",
        IndicatorFamily.GroupActivities => "ryhmätoiminta",
        IndicatorFamily.ParticipationStructures => "osallisuuden rakenteet",
        IndicatorFamily.LowThresholdSupply => "matalan kynnyksen palvelut",
        _ => IndicatorCatalog.Code(family),
    };

    public static string Severity(string severity) => severity switch
    {
        "high" => "korkea",
        "medium" => "keskitaso",
        "info" => "tiedoksi",
        _ => severity,
    };

    /// <summary>Sort rank of a severity: most severe first, unknown last.</summary>
    public static int SeverityRank(string severity) => severity switch
    {
        "high" => 0,
        "medium" => 1,
        "info" => 2,
        _ => 3,
    };

    public static string Comparator(string? kind) => kind switch
    {
        null => string.Empty,
        "county" => "hyvinvointialue",
        "peer_group" => "vertaisryhmä",
        "threshold" => "raja-arvo",
        _ => kind,
    };

    public static string FileKind(string kind) => kind switch
    {
        "cases" => "asiakkuudet",
        "meters" => "mittaukset",
        "group_sessions" => "ryhmäkerrat",
        "group_attendance" => "ryhmäosallistumiset",
        "reference" => "viitetieto",
        _ => kind,
    };

    public static string ReferenceSource(string? source) => source switch
    {
        null => string.Empty,
        "default" => "oletus",
        "override" => "korvattu",
        _ => source,
    };

    public static string Delimiter(string? delimiter) => delimiter switch
    {
        null => string.Empty,
        "tab" => "sarkain",
        _ => delimiter,
    };

    /// <summary>Short column header of a quarantine reason code (the data-quality page has the long sentences).</summary>
    public static string Reason(string code) => code switch
    {
        "direct_identifier" => "Suora tunniste",
        "duplicate_row" => "Sama rivi uudelleen",
        "bad_value" => "Puuttuva tai virheellinen arvo",
        "unknown_code" => "Tuntematon koodi",
        "future_date" => "Päivämäärä tulevaisuudessa",
        "date_order" => "Päivämäärät väärässä järjestyksessä",
        "closure_mismatch" => "Päättymisen ristiriita",
        "conflicting_key" => "Sama tunniste eri sisällöllä",
        "orphan_row" => "Osallistuminen ilman ryhmäkertaa",
        _ => code,
    };

    public static string GroupType(string type) => type switch
    {
        "activity" => "toiminnallinen",
        "life_management" => "elämänhallinta",
        "therapeutic" => "terapeuttinen",
        "animal_nature" => "eläin- ja luontoavusteinen",
        "peer" => "vertaistuki",
        "developer_clients" => "kehittäjäasiakkaat",
        "client_panel" => "asiakasraati",
        _ => type,
    };

    public static string YesNo(bool value) => value ? "kyllä" : "ei";
}
