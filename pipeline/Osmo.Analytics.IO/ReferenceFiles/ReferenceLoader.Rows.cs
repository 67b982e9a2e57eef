using System.Globalization;
using Osmo.Analytics.Reference;

namespace Osmo.Analytics.IO.ReferenceFiles;

/// <summary>The columns and row parsers of each reference file.</summary>
public static partial class ReferenceLoader
{
    private static readonly string[] MunicipalityColumns = ["code", "name_fi", "name_sv", "subregion", "wellbeing_county", "population_18_64"];
    private static readonly string[] CountyColumns = ["code", "name_fi", "name_sv", "name_en"];
    private static readonly string[] CodeNameColumns = ["code", "name_fi", "name_sv", "name_en"];
    private static readonly string[] MeterColumns = ["meter", "domain", "name_fi", "name_en", "min", "max", "higher_is_better"];
    private static readonly string[] PointColumns = ["point_id", "municipality", "name", "kind", "serves", "hours_per_week", "active_from", "active_to"];
    private static readonly string[] StructureColumns = ["municipality", "structure", "active_from", "active_to"];
    private static readonly string[] NeedColumns = ["municipality", "target_group", "year", "people_in_need"];

    /// <summary>The participation structures the data contract names.</summary>
    private static readonly string[] Structures = ["client_panel", "developer_clients", "experience_experts"];

    private static Municipality ParseMunicipality(ReferenceRow row, HashSet<string> countyCodes)
    {
        var nameFi = row.Text("name_fi");
        var county = row.Text("wellbeing_county");
        if (!countyCodes.Contains(county))
        {
            throw row.Error("wellbeing_county", $"'{county}' is not a code in wellbeing_counties.");
        }

        // Monolingual Finnish municipalities have no Swedish name: the Finnish one is used (record contract).
        return new Municipality(row.MunicipalityCode("code"), nameFi, row.TextOr("name_sv", nameFi), row.Text("subregion"),
            county, row.WholeNumber("population_18_64"));
    }

    private static WellbeingCounty ParseCounty(ReferenceRow row)
    {
        var nameFi = row.Text("name_fi");
        return new WellbeingCounty(row.Text("code"), nameFi, row.TextOr("name_sv", nameFi), row.TextOr("name_en", nameFi));
    }

    private static CodeName ParseCodeName(ReferenceRow row)
    {
        var nameFi = row.Text("name_fi");
        return new CodeName(row.Text("code"), nameFi, row.TextOr("name_sv", nameFi), row.TextOr("name_en", nameFi));
    }

    private static MeterDomain ParseMeterDomain(ReferenceRow row)
    {
        var min = row.Number("min");
        var max = row.Number("max");
        if (max < min)
        {
            throw row.Error("max", string.Create(CultureInfo.InvariantCulture, $"the scale's max ({max}) is below its min ({min})."));
        }

        var nameFi = row.Text("name_fi");
        return new MeterDomain(row.Text("meter"), row.Text("domain"), nameFi, row.TextOr("name_en", nameFi), min, max, row.Boolean("higher_is_better"));
    }

    private static LowThresholdPoint ParsePoint(ReferenceRow row)
    {
        var serves = row.CodeList("serves");
        if (serves.IsEmpty)
        {
            throw row.Error("serves", "no target group: list the codes it serves, separated by |.");
        }

        var hours = row.Number("hours_per_week");
        if (hours < 0)
        {
            throw row.Error("hours_per_week", "hours per week cannot be negative.");
        }

        var (from, to) = ActivePeriod(row);
        return new LowThresholdPoint(row.Text("point_id"), row.MunicipalityCode("municipality"), row.Text("name"), row.Text("kind"), serves, hours, from, to);
    }

    private static ParticipationStructure ParseStructure(ReferenceRow row)
    {
        var structure = row.Text("structure");
        if (!Structures.Contains(structure, StringComparer.Ordinal))
        {
            throw row.Error("structure", $"'{structure}' is not one of {string.Join(", ", Structures)}.");
        }

        var (from, to) = ActivePeriod(row);
        return new ParticipationStructure(row.MunicipalityCode("municipality"), structure, from, to);
    }

    private static NeedEstimate ParseNeed(ReferenceRow row)
    {
        var year = row.WholeNumber("year", min: 1900);
        return new NeedEstimate(row.MunicipalityCode("municipality"), row.Text("target_group"), year, row.WholeNumber("people_in_need"));
    }

    private static (DateOnly From, DateOnly? To) ActivePeriod(ReferenceRow row)
    {
        var from = row.Date("active_from");
        var to = row.OptionalDate("active_to");
        if (to < from)
        {
            throw row.Error("active_to", string.Create(CultureInfo.InvariantCulture, $"active_to {to:yyyy-MM-dd} is before active_from {from:yyyy-MM-dd}."));
        }

        return (from, to);
    }
}
