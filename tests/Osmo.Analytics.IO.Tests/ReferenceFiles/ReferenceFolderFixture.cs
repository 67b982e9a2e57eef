using Osmo.Analytics.IO.Tests.Sources;

namespace Osmo.Analytics.IO.Tests.ReferenceFiles;

/// <summary>Writes a small but complete set of reference files, in the dialects coordinators produce.</summary>
internal static class ReferenceFolderFixture
{
    public const string MunicipalitiesValid = """
        # Source: Statistics Finland, population by age 31.12.2024 (test figures)
        code;name_fi;name_sv;subregion;wellbeing_county;population_18_64
        005;Alajärvi;;Järviseutu;EP;5 123
        10;Alavus;;Kuusiokunnat;EP;6000
        743;Seinäjoki;;Seinäjoki;EP;38 500,0
        """;

    public const string Counties = """
        code,name_fi,name_sv,name_en
        EP,Etelä-Pohjanmaan hyvinvointialue,Välfärdsområdet Södra Österbotten,South Ostrobothnia
        """;

    public const string TargetGroups = """
        code;name_fi;name_sv;name_en
        tyot;Työttömät;Arbetslösa;Unemployed
        005;Koodi nollalla;;
        """;

    public const string Services = "code\tname_fi\tname_sv\tname_en\nsos_kunt\tSosiaalinen kuntoutus\tSocial rehabilitering\tSocial rehabilitation\n";

    public const string Meters = """
        meter;domain;name_fi;name_en;min;max;higher_is_better
        AVHV;housing;Asuminen;Housing;1;10;kyllä
        KYKYVIISARI;work_ability;Työkyky;Work ability;0;10;true
        ESY;distress;Kuormittuneisuus;Distress;0,5;7,5;ei
        """;

    public const string Points = """
        point_id;municipality;name;kind;serves;hours_per_week;active_from;active_to
        P1;5;Olohuone;drop_in;tyot| 005 ;12,5;1.3.2024;
        P2;743;Bussi;mobile;tyot;6;2023-01-01;31.12.2024
        """;

    public const string Structures = """
        municipality;structure;active_from;active_to
        743;client_panel;1.1.2024;
        """;

    public const string Needs = """
        municipality;target_group;year;people_in_need
        743;tyot;2024;1 250
        """;

    /// <summary>Writes every reference file into <paramref name="folder"/>/<paramref name="subfolder"/>; returns its path.</summary>
    public static string WriteDefaults(TempFolder folder, string subfolder = "defaults")
    {
        folder.WriteText($"{subfolder}/municipalities.csv", MunicipalitiesValid);
        folder.WriteText($"{subfolder}/wellbeing_counties.csv", Counties);
        folder.WriteText($"{subfolder}/target_groups.csv", TargetGroups);
        folder.WriteText($"{subfolder}/services.csv", Services);
        folder.WriteText($"{subfolder}/meters.csv", Meters);
        folder.WriteText($"{subfolder}/low_threshold_points.csv", Points);
        folder.WriteText($"{subfolder}/participation_structures.csv", Structures);
        folder.WriteText($"{subfolder}/need_reference.csv", Needs);
        return folder.File(subfolder);
    }
}
