using Osmo.Analytics.Ingest;
using Osmo.Analytics.Model;
using Osmo.Analytics.Reference;
using Osmo.Analytics.Validation;

namespace Osmo.Analytics.Core.Tests.Validation;

/// <summary>A small reference data set and row builders for validator tests.</summary>
internal static class ValidationTestData
{
    public static readonly DateOnly ExportDate = new(2025, 3, 15);

    public static ValidationOptions Options { get; } = new() { ExportDate = ExportDate };

    public static ReferenceData TestReference { get; } = new(
        [
            new Municipality("005", "Alajärvi", "Alajärvi", "Järviseutu", "EPO", 5000),
            new Municipality("091", "Helsinki", "Helsingfors", "Helsinki", "HKI", 400000),
            new Municipality("743", "Seinäjoki", "Seinäjoki", "Seinäjoki", "EPO", 40000),
        ],
        [],
        [
            new CodeName("unemployed", "työttömät", "arbetslösa", "unemployed"),
            new CodeName("homeless", "asunnottomat", "bostadslösa", "homeless"),
        ],
        [
            new CodeName("social_rehab", "sosiaalinen kuntoutus", "social rehabilitering", "social rehabilitation"),
            new CodeName("housing_support", "asumisen tuki", "boendestöd", "housing support"),
            new CodeName("guidance", "ohjaus ja neuvonta", "handledning", "guidance"),
        ],
        [
            new MeterDomain("KYKYVIISARI", "work_ability", "työkyky", "work ability", 0, 10, true),
            new MeterDomain("KYKYVIISARI", "mental", "psyykkinen hyvinvointi", "mental well-being", 0, 10, true),
            new MeterDomain("AVHV", "health", "terveys", "health", 1, 5, true),
        ],
        [],
        [],
        []);

    /// <summary>A valid cases row by canonical column name.</summary>
    public static Dictionary<string, string> ValidCase() => new()
    {
        ["case_id"] = "C1",
        ["client_id"] = "A1",
        ["municipality"] = "743",
        ["target_group"] = "unemployed",
        ["age_band"] = "25-29",
        ["opened_on"] = "2025-01-10",
        ["first_contact_channel"] = "office",
        ["special_support_need"] = "false",
        ["assessment_started_on"] = "",
        ["assessment_completed_on"] = "",
        ["client_plan_on"] = "",
        ["social_rehab_decided_on"] = "",
        ["services"] = "guidance",
        ["experience_expert"] = "",
        ["participation_level"] = "2",
        ["closed_on"] = "",
        ["closure_reason"] = "",
    };

    public static Dictionary<string, string> ValidMeter() => new()
    {
        ["measurement_id"] = "M1",
        ["client_id"] = "A1",
        ["case_id"] = "C1",
        ["municipality"] = "743",
        ["meter"] = "KYKYVIISARI",
        ["measured_on"] = "2025-02-01",
        ["domain"] = "work_ability",
        ["score"] = "7",
    };

    public static Dictionary<string, string> HeldSession() => new()
    {
        ["group_id"] = "G1",
        ["group_name"] = "Tiistairyhmä",
        ["municipality"] = "743",
        ["group_type"] = "peer",
        ["target_group"] = "",
        ["session_on"] = "2025-02-04",
        ["status"] = "held",
        ["cancel_reason"] = "",
        ["participants"] = "6",
        ["location_type"] = "office",
        ["experience_expert"] = "yes",
    };

    /// <summary>The canonical header of a schema.</summary>
    public static string[] Header(EntitySchema schema) => [.. schema.Columns.Select(c => c.Name)];

    /// <summary>A record with the cells of <paramref name="row"/> in the order of <paramref name="header"/>.</summary>
    public static SourceRecord Record(int line, IReadOnlyList<string> header, Dictionary<string, string> row, params (string Column, string Value)[] changes)
    {
        foreach (var (column, value) in changes)
        {
            row[column] = value;
        }

        return new SourceRecord(line, [.. header.Select(h => row.TryGetValue(h, out var v) ? v : string.Empty)]);
    }

    public static CaseValidator CaseValidator(IReadOnlyList<string>? header = null)
    {
        header ??= Header(EntitySchemas.Cases);
        return new CaseValidator("cases.csv", HeaderMatcher.Bind(EntitySchemas.Cases, header), TestReference, Options, header);
    }

    public static SourceRecord Case(int line, params (string Column, string Value)[] changes) =>
        Record(line, Header(EntitySchemas.Cases), ValidCase(), changes);

    public static SourceRecord Meter(int line, params (string Column, string Value)[] changes) =>
        Record(line, Header(EntitySchemas.Meters), ValidMeter(), changes);

    public static SourceRecord Session(int line, params (string Column, string Value)[] changes) =>
        Record(line, Header(EntitySchemas.GroupSessions), HeldSession(), changes);
}
