namespace Osmo.Analytics.Indicators;

public static partial class IndicatorCatalog
{
    private static IEnumerable<IndicatorDefinition> MeterIndicators()
    {
        const IndicatorFamily F = IndicatorFamily.Meters;
        yield return Def(IndicatorIds.MeterCoveragePct, F,
            ("Mittarin alkumittaus tehty, %", "Utgångsmätning gjord, %", "Meter baseline coverage, %"),
            ("Jakson lopussa vähintään 30 päivää aktiivisina olleista asiakkaista ne, joilla on jonkin mittarin alkumittaus jakson loppuun mennessä.",
             "Clients with a case opened on or before window end - 30 days and open at window end: share with a baseline measurement of any meter dated on or before window end."),
            "of those, clients with a measurement dated <= window end", "distinct clients active >= 30 days at window end",
            IndicatorUnits.Pct, IndicatorDirection.HigherIsBetter, "cases, meters");
        yield return Def(IndicatorIds.MeterFollowUpLossPct, F,
            ("Seurantamittauksen kato, %", "Bortfall i uppföljningsmätning, %", "Meter follow-up loss, %"),
            ("Kumulatiivinen: alkumittaukset, jotka ovat jakson lopussa vähintään 180 päivää vanhoja; osuus, joilla ei ole saman asiakkaan ja mittarin mittausta aikavälillä alkumittaus + 60 päivää … jakson loppu. Taso: alkumittauksen kunta, kohderyhmä alkumittauksen asiakkuuden kautta.",
             "Cumulative: baselines (a client's first measurement with a meter) dated <= window end - 180 days; share with no measurement of the same client and meter dated >= baseline + 60 days and <= window end. Level: the baseline's municipality; target group through the baseline's case_id (none: municipality level only)."),
            "due baselines without a follow-up by window end", "baselines dated <= window end - 180 days",
            IndicatorUnits.Pct, IndicatorDirection.LowerIsBetter, "meters, cases");
        yield return Def(IndicatorIds.MeterChangeMean, F,
            ("Mittarin keskimuutos", "Genomsnittlig förändring i mätare", "Mean meter change"),
            ("Mittari- ja osa-aluekohtainen keskiarvo muutoksesta (jakson viimeisin seurantamittaus – alkumittaus), etumerkki niin että positiivinen = parempi; n, keskihajonta ja 95 %:n t-luottamusväli. Muutos kuuluu jaksoon, jolla asiakkaalla on seurantamittaus.",
             "Per meter and domain: mean of (latest follow-up in the window - baseline), signed so that positive = better, with n, sd and a 95 % t interval. A change belongs to each window in which the client has a follow-up (see the meter_changes table)."),
            "sum of signed changes", "clients with a follow-up in the window", IndicatorUnits.ScorePoints,
            IndicatorDirection.HigherIsBetter, "meters, cases, reference/meters", MeterChangeLevels, table: "meter_changes");
        yield return Def(IndicatorIds.MeterImprovedPct, F,
            ("Mittarilla kohentuneet, %", "Förbättrade enligt mätare, %", "Improved on meter, %"),
            ("Mittari- ja osa-aluekohtaisesti asiakkaat, joiden muutos on positiivinen (parempaan).",
             "Per meter and domain: clients whose signed change is positive."),
            "clients with a positive change", "clients with a follow-up in the window", IndicatorUnits.Pct,
            IndicatorDirection.HigherIsBetter, "meters, cases, reference/meters", MeterChangeLevels, table: "meter_changes");
    }
}
