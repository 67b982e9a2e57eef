using Osmo.Analytics.Reference;

namespace Osmo.Analytics.Sample;

/// <summary>The real Etelä-Pohjanmaa reference defaults (small and region scale) and the gaps planted there.</summary>
/// <remarks>Municipality codes, names, sub-regions and the wellbeing county code (16) are Statistics Finland
/// classifications. Residents aged 18-64 are estimates (end-2023 population x a working-age share), see
/// data-samples/reference/README.md. Low-threshold points and participation structures are illustrative,
/// modelled on the OSMO seed reports (client panels in Ilmajoki, Seinäjoki and the Kaksineuvoinen area,
/// experience experts across the region after 2023, none in Kurikka).</remarks>
internal static class RegionCatalog
{
    public const string CountyCode = "16";

    /// <summary>Municipalities of the small scale.</summary>
    public static readonly string[] SmallCodes = ["743", "145", "232", "301", "403"];

    public static readonly Municipality[] Municipalities =
    [
        new("005", "Alajärvi", "Alajärvi", "Järviseutu", CountyCode, 4620),
        new("010", "Alavus", "Alavo", "Kuusiokunnat", CountyCode, 5710),
        new("052", "Evijärvi", "Evijärvi", "Järviseutu", CountyCode, 1150),
        new("145", "Ilmajoki", "Ilmola", "Seinäjoen seutukunta", CountyCode, 6480),
        new("151", "Isojoki", "Storå", "Suupohja", CountyCode, 910),
        new("152", "Isokyrö", "Storkyro", "Seinäjoen seutukunta", CountyCode, 2340),
        new("218", "Karijoki", "Bötom", "Suupohja", CountyCode, 590),
        new("232", "Kauhajoki", "Kauhajoki", "Suupohja", CountyCode, 6500),
        new("233", "Kauhava", "Kauhava", "Seinäjoen seutukunta", CountyCode, 7850),
        new("300", "Kuortane", "Kuortane", "Kuusiokunnat", CountyCode, 1700),
        new("301", "Kurikka", "Kurikka", "Seinäjoen seutukunta", CountyCode, 10190),
        new("403", "Lappajärvi", "Lappajärvi", "Järviseutu", CountyCode, 1400),
        new("408", "Lapua", "Lappo", "Seinäjoen seutukunta", CountyCode, 7530),
        new("743", "Seinäjoki", "Seinäjoki", "Seinäjoen seutukunta", CountyCode, 38760),
        new("759", "Soini", "Soini", "Järviseutu", CountyCode, 960),
        new("846", "Teuva", "Östermark", "Suupohja", CountyCode, 2450),
        new("934", "Vimpeli", "Vindala", "Järviseutu", CountyCode, 1300),
        new("989", "Ähtäri", "Etseri", "Kuusiokunnat", CountyCode, 2720),
    ];

    /// <summary>The wellbeing services counties of the Statistics Finland classification (2023), with Helsinki (90),
    /// which organises its services itself.</summary>
    public static readonly WellbeingCounty[] Counties =
    [
        new("01", "Itä-Uudenmaan hyvinvointialue", "Östra Nylands välfärdsområde", "East Uusimaa wellbeing services county"),
        new("02", "Keski-Uudenmaan hyvinvointialue", "Mellersta Nylands välfärdsområde", "Central Uusimaa wellbeing services county"),
        new("03", "Länsi-Uudenmaan hyvinvointialue", "Västra Nylands välfärdsområde", "West Uusimaa wellbeing services county"),
        new("04", "Vantaan ja Keravan hyvinvointialue", "Vanda och Kervo välfärdsområde", "Vantaa and Kerava wellbeing services county"),
        new("05", "Varsinais-Suomen hyvinvointialue", "Egentliga Finlands välfärdsområde", "Southwest Finland wellbeing services county"),
        new("06", "Satakunnan hyvinvointialue", "Satakunta välfärdsområde", "Satakunta wellbeing services county"),
        new("07", "Kanta-Hämeen hyvinvointialue", "Egentliga Tavastlands välfärdsområde", "Kanta-Häme wellbeing services county"),
        new("08", "Pirkanmaan hyvinvointialue", "Birkalands välfärdsområde", "Pirkanmaa wellbeing services county"),
        new("09", "Päijät-Hämeen hyvinvointialue", "Päijänne-Tavastlands välfärdsområde", "Päijät-Häme wellbeing services county"),
        new("10", "Kymenlaakson hyvinvointialue", "Kymmenedalens välfärdsområde", "Kymenlaakso wellbeing services county"),
        new("11", "Etelä-Karjalan hyvinvointialue", "Södra Karelens välfärdsområde", "South Karelia wellbeing services county"),
        new("12", "Etelä-Savon hyvinvointialue", "Södra Savolax välfärdsområde", "South Savo wellbeing services county"),
        new("13", "Pohjois-Savon hyvinvointialue", "Norra Savolax välfärdsområde", "North Savo wellbeing services county"),
        new("14", "Pohjois-Karjalan hyvinvointialue", "Norra Karelens välfärdsområde", "North Karelia wellbeing services county"),
        new("15", "Keski-Suomen hyvinvointialue", "Mellersta Finlands välfärdsområde", "Central Finland wellbeing services county"),
        new("16", "Etelä-Pohjanmaan hyvinvointialue", "Södra Österbottens välfärdsområde", "South Ostrobothnia wellbeing services county"),
        new("17", "Pohjanmaan hyvinvointialue", "Österbottens välfärdsområde", "Ostrobothnia wellbeing services county"),
        new("18", "Keski-Pohjanmaan hyvinvointialue", "Mellersta Österbottens välfärdsområde", "Central Ostrobothnia wellbeing services county"),
        new("19", "Pohjois-Pohjanmaan hyvinvointialue", "Norra Österbottens välfärdsområde", "North Ostrobothnia wellbeing services county"),
        new("20", "Kainuun hyvinvointialue", "Kajanalands välfärdsområde", "Kainuu wellbeing services county"),
        new("21", "Lapin hyvinvointialue", "Lapplands välfärdsområde", "Lapland wellbeing services county"),
        new("90", "Helsingin kaupunki", "Helsingfors stad", "City of Helsinki"),
    ];

    private static readonly DateOnly CountyStart = new(2023, 1, 1);

    public static readonly LowThresholdPoint[] Points =
    [
        new("LT01", "743", "Kohtaamispaikka Tori", "drop_in", ["young_adults", "substance_mental", "housing", "low_income"], 20, new(2019, 1, 1), null),
        new("LT02", "743", "Nuorten olohuone", "drop_in", ["young_adults"], 15, new(2020, 8, 1), null),
        new("LT03", "743", "Monikulttuurinen kohtaamispaikka", "drop_in", ["immigrants"], 12, new(2021, 1, 1), null),
        new("LT04", "743", "Jalkautuva sosiaaliohjaus", "mobile", ["housing", "substance_mental"], 10, new(2022, 3, 1), null),
        new("LT05", "145", "Ilmajoen nuorten piste", "drop_in", ["young_adults", "long_term_unemployed"], 6, new(2021, 9, 1), null),
        new("LT06", "232", "Suupohjan olohuone", "drop_in", ["substance_mental", "low_income", "long_term_unemployed"], 8, new(2019, 5, 1), null),
        new("LT07", "408", "Lapuan kohtaamispaikka", "drop_in", ["young_adults", "long_term_unemployed"], 10, new(2020, 1, 1), null),
        new("LT08", "301", "Kurikan matalan kynnyksen piste", "drop_in", ["substance_mental", "housing"], 6, new(2022, 1, 1), null),
        new("LT09", "005", "Järviseudun kohtaamispaikka", "drop_in", ["substance_mental", "low_income", "long_term_unemployed"], 12, new(2018, 6, 1), null),
        new("LT10", "010", "Kuusiokuntien olohuone", "drop_in", ["substance_mental", "low_income"], 6, new(2019, 1, 1), new(2024, 12, 31)),
        new("LT11", "989", "Ähtärin kohtaamispaikka", "drop_in", ["low_income", "substance_mental"], 4, new(2021, 1, 1), null),
        new("LT12", "233", "Kauhavan olohuone", "drop_in", ["young_adults", "long_term_unemployed"], 6, new(2020, 9, 1), null),
    ];

    /// <summary>Participation structures: the seeds' panels and developer groups, experience experts everywhere
    /// from the county's start except Kurikka (the planted municipality with no structure).</summary>
    public static ParticipationStructure[] Structures()
    {
        var list = new List<ParticipationStructure>
        {
            new("743", "developer_clients", new(2016, 3, 1), null),
            new("743", "client_panel", CountyStart, null),
            new("145", "client_panel", new(2017, 9, 1), null),
            new("408", "developer_clients", new(2018, 9, 1), null),
            new("052", "client_panel", new(2018, 3, 1), null),
            new("403", "client_panel", new(2018, 3, 1), null),
            new("010", "developer_clients", new(2019, 1, 1), new(2023, 6, 30)),
        };
        foreach (var m in Municipalities)
        {
            if (m.Code != "301")
            {
                list.Add(new(m.Code, "experience_experts", CountyStart, null));
            }
        }

        return [.. list];
    }

    /// <summary>Specs of the small or region scale.</summary>
    public static IReadOnlyList<MunicipalitySpec> Specs(bool small)
    {
        var specs = new List<MunicipalitySpec>();
        foreach (var m in Municipalities)
        {
            if (small && !SmallCodes.Contains(m.Code))
            {
                continue;
            }

            var gaps = m.Code switch
            {
                "743" or "145" => MunicipalityGaps.WellServed,
                "232" => MunicipalityGaps.LateAssessment,
                "408" => MunicipalityGaps.MissingPlans,
                "301" => MunicipalityGaps.UnplannedClosures | MunicipalityGaps.NoParticipationStructure,
                "010" => MunicipalityGaps.MeterLoss,
                "403" => MunicipalityGaps.NoParticipantsGroup,
                "934" => MunicipalityGaps.NoAttendance,
                _ => MunicipalityGaps.None,
            };
            specs.Add(new MunicipalitySpec(
                m,
                gaps,
                UnreachedGroup: m.Code == "233" ? CodeCatalog.Immigrants : -1,
                LowReachGroup: m.Code == "989" ? CodeCatalog.YoungAdults : -1,
                NoRehabGroup: m.Code == "005" ? CodeCatalog.LongTermUnemployed : -1,
                NeedFactor: NeedFactor(m)));
        }

        return specs;
    }

    /// <summary>Seinäjoki (the regional centre) has relatively more young adults, immigrants and housing need;
    /// small rural municipalities fewer immigrants.</summary>
    private static double[] NeedFactor(Municipality m) => m.Code switch
    {
        "743" => [1.3, 0.9, 1.1, 1.6, 1.6, 1.1],
        _ when m.Population18To64 < 2000 => [0.8, 1.1, 0.95, 0.6, 0.6, 0.95],
        _ => [0.95, 1.0, 1.0, 0.8, 0.8, 1.0],
    };

    /// <summary>Builds the small or region world.</summary>
    public static SampleWorld Build(SampleOptions options)
    {
        var small = options.Scale == SampleScale.Small;
        var specs = Specs(small);
        var codes = specs.Select(s => s.Municipality.Code).ToHashSet(StringComparer.Ordinal);
        return WorldBuilder.Build(
            options,
            specs,
            Counties,
            [.. Points.Where(p => codes.Contains(p.MunicipalityCode))],
            [.. Structures().Where(p => codes.Contains(p.MunicipalityCode))]);
    }
}
