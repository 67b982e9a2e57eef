using Osmo.Analytics.Disclosure;
using Osmo.Analytics.Flags;
using Osmo.Analytics.Indicators;
using Osmo.Analytics.Model;
using Osmo.Analytics.Reference;

namespace Osmo.Analytics.Reports.Tests.SocialReports;

/// <summary>Builds <see cref="PublishedResults"/> from a cell function over municipality x target group cells, summing
/// upward to every level the catalog publishes the indicator at, then through the real disclosure control.</summary>
/// <remarks>Month windows are indexed 0..23 (23 = the period); the r12 value of an indicator that adds up over months
/// is the sum of months 12..23, of any other indicator the cell function's own r12 (index -1).</remarks>
internal sealed class ResultsFixture(ReferenceData reference, DateOnly period)
{
    public delegate (long Num, long Den) CellFunction(int municipality, int targetGroup, IndicatorDefinition def, int month);

    public ReferenceData Reference { get; } = reference;

    public DateOnly Period { get; } = period;

    public List<MeterChange> MeterChanges { get; } = [];

    public List<GroupActivity> Groups { get; } = [];

    public List<Flag> Flags { get; } = [];

    public Dictionary<string, string> PeerGroups { get; } = new(StringComparer.Ordinal);

    public List<IndicatorValue> Values(CellFunction cell)
    {
        var values = new List<IndicatorValue>();
        var munis = Reference.Municipalities;
        var tgs = Reference.TargetGroups;
        foreach (var def in IndicatorCatalog.All.Where(d => d.Table == "indicators"))
        {
            for (var w = -1; w < IndicatorWindows.TrendMonths; w++)
            {
                var window = w < 0 ? IndicatorWindows.Rolling12 : IndicatorWindows.Month;
                var month = w < 0 ? Period : Period.AddMonths(w - (IndicatorWindows.TrendMonths - 1));
                var cells = new (long Num, long Den)[munis.Count, tgs.Count];
                for (var m = 0; m < munis.Count; m++)
                {
                    for (var g = 0; g < tgs.Count; g++)
                    {
                        cells[m, g] = w < 0 && MonthAdditivity.IsAdditiveOverMonths(def.Id)
                            ? Enumerable.Range(12, 12).Select(i => cell(m, g, def, i)).Aggregate((0L, 0L), (a, b) => (a.Item1 + b.Num, a.Item2 + b.Den))
                            : cell(m, g, def, w);
                    }
                }

                void Emit(string level, string? county, string? muni, string? tg, Func<int, bool> inMuni, int? onlyTg)
                {
                    if (!def.Levels.Contains(level))
                    {
                        return;
                    }

                    long num = 0, den = 0, pop = 0;
                    for (var m = 0; m < munis.Count; m++)
                    {
                        if (!inMuni(m))
                        {
                            continue;
                        }

                        pop += munis[m].Population18To64;
                        for (var g = 0; g < tgs.Count; g++)
                        {
                            if (onlyTg is null || onlyTg == g)
                            {
                                num += cells[m, g].Num;
                                den += cells[m, g].Den;
                            }
                        }
                    }

                    values.Add(ValueOf(def, month, window, level, county, muni, tg, num, den, pop));
                }

                for (var m = 0; m < munis.Count; m++)
                {
                    var mm = m;
                    for (var g = 0; g < tgs.Count; g++)
                    {
                        Emit(IndicatorLevels.MunicipalityXTargetGroup, munis[m].WellbeingCounty, munis[m].Code, tgs[g].Code, i => i == mm, g);
                    }

                    Emit(IndicatorLevels.Municipality, munis[m].WellbeingCounty, munis[m].Code, null, i => i == mm, null);
                }

                foreach (var county in munis.Select(x => x.WellbeingCounty).Distinct())
                {
                    for (var g = 0; g < tgs.Count; g++)
                    {
                        Emit(IndicatorLevels.CountyXTargetGroup, county, null, tgs[g].Code, i => munis[i].WellbeingCounty == county, g);
                    }

                    Emit(IndicatorLevels.County, county, null, null, i => munis[i].WellbeingCounty == county, null);
                }

                Emit(IndicatorLevels.All, null, null, null, _ => true, null);
            }
        }

        return values;
    }

    public PublishedResults Publish(CellFunction cell, bool hasAttendance = true)
    {
        var options = new DisclosureOptions();
        var inputs = new List<InputFileReport>
        {
            Input("cases.csv", "cases", 12_480, 12_301),
            Input("meters.csv", "meters", 40_112, 40_100),
            Input("group_sessions.csv", "group_sessions", 2_214, 2_214),
            Input("reference/municipalities.csv", "reference", 0, 0),
        };
        return new PublishedResults(
            Period,
            "run0123456789abc",
            "0.1.0",
            IndicatorCatalog.Version,
            IndicatorDisclosure.Suppress(Values(cell), options),
            TableDisclosure.Suppress(MeterChanges, options),
            TableDisclosure.Suppress(Groups, options),
            Flags,
            PeerGroups,
            Reference,
            inputs,
            hasAttendance,
            options.MinimumCellCount);
    }

    public static Flag MakeFlag(DateOnly period, string rule, string severity, string county, string muni, string? tg, string? indicator, double? value, int monthsInRow, string evidenceFi, string? statistic = null) =>
        new(period, rule, tg is null ? IndicatorLevels.Municipality : IndicatorLevels.MunicipalityXTargetGroup, county, muni, tg, null, severity, indicator, value,
            "threshold", null, null, statistic, evidenceFi, "SV: " + evidenceFi, "EN: " + evidenceFi,
            "Toimenpide: " + rule, "Åtgärd: " + rule, "Action: " + rule, period.AddMonths(1 - monthsInRow), monthsInRow);

    private static IndicatorValue ValueOf(IndicatorDefinition def, DateOnly month, string window, string level, string? county, string? muni, string? tg, long num, long den, long pop) => def.Unit switch
    {
        IndicatorUnits.Pct => new(month, window, level, county, muni, tg, def.Id, num, den, den == 0 ? null : 100.0 * num / den, null, null, def.Unit),
        IndicatorUnits.Per1000 => new(month, window, level, county, muni, tg, def.Id, num, pop, pop == 0 ? null : 1000.0 * num / pop, null, null, def.Unit),
        IndicatorUnits.Days or IndicatorUnits.ParticipantsPerSession => new(month, window, level, county, muni, tg, def.Id, null, den, den == 0 ? null : (double)num / den, null, null, def.Unit),
        IndicatorUnits.YesNo => new(month, window, level, county, muni, tg, def.Id, Math.Min(num, 1), null, Math.Min(num, 1), null, null, def.Unit),
        _ => new(month, window, level, county, muni, tg, def.Id, num, null, num, null, null, def.Unit),
    };

    private static InputFileReport Input(string file, string kind, long read, long accepted) =>
        new(file, kind, "00", 100, kind == "reference" ? null : "utf-8", kind == "reference" ? null : ";", read, accepted, read - accepted,
            new Dictionary<string, long>(), [], null, kind == "reference" ? "default" : null);
}
