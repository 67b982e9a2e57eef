using System.Globalization;
using Osmo.Analytics.Model;

namespace Osmo.Analytics.Benchmarks;

/// <summary>The yardstick's reading and row checks in plain DuckDB SQL: what an analyst would write to load the
/// exports, check them against the contract and keep the good rows.</summary>
/// <remarks>The checks follow the contract's reason order (direct identifier, duplicate row, bad value, unknown
/// code, future date, date order, closure mismatch, conflicting key, orphan row) with simplifications a SQL user
/// would make: English-style CSV only (',' UTF-8, ISO dates), municipality codes only (no names), the henkilötunnus
/// shape without its control character, case-sensitive codes. Identifier, id-shape and duplicate checks run on
/// every row with <see cref="DuckDbInputs.FullChecks"/>; the default core checks leave out the identifier scan, the
/// exact-duplicate and the conflicting-key checks, as the issue's yardstick (required values, dates parse, codes in
/// the reference) does.</remarks>
internal static class DuckDbSql
{
    /// <summary>Henkilötunnus shape, e-mail and Finnish phone numbers, over the row's cells joined by '|'.</summary>
    public const string IdentifierPattern =
        @"\b\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]\b|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}|(\+358|\b00358|\b0)[ -]?\d([ -]?\d){4,10}\b";

    private const string IdPattern = "[A-Za-z0-9_-]{1,64}";
    private const string Booleans = "'true','false','1','0','kyllä','ei','k','e','yes','no'";

    public static IReadOnlyList<DuckDbStep> Read(DuckDbInputs inputs) =>
    [
        new("read_csv", "settings", string.Create(CultureInfo.InvariantCulture, $"SET threads = {inputs.Threads}; SET preserve_insertion_order = true")),
        new("read_csv", "reference", $"""
            CREATE TABLE ref_municipalities AS SELECT code, wellbeing_county AS county, TRY_CAST(population_18_64 AS BIGINT) AS population FROM {Ref(inputs, "municipalities.csv")};
            CREATE TABLE ref_target_groups AS SELECT code FROM {Ref(inputs, "target_groups.csv")};
            CREATE TABLE ref_services AS SELECT code FROM {Ref(inputs, "services.csv")};
            CREATE TABLE ref_meters AS SELECT meter, domain, CAST(min AS DOUBLE) AS min, CAST(max AS DOUBLE) AS max FROM {Ref(inputs, "meters.csv")}
            """),
        new("read_csv", "cases.csv", $"CREATE TABLE raw_cases AS SELECT * FROM {Csv(inputs, "cases.csv")}", "raw_cases"),
        new("read_csv", "meters.csv", $"CREATE TABLE raw_meters AS SELECT * FROM {Csv(inputs, "meters.csv")}", "raw_meters"),
        new("read_csv", "group_sessions.csv", $"CREATE TABLE raw_sessions AS SELECT * FROM {Csv(inputs, "group_sessions.csv")}", "raw_sessions"),
        new("read_csv", "group_attendance.csv", $"CREATE TABLE raw_attendance AS SELECT * FROM {Csv(inputs, "group_attendance.csv")}", "raw_attendance"),
    ];

    /// <summary>The check steps; <paramref name="columns"/> gives each raw table's columns (for the identifier scan and
    /// the duplicate check, which look at every cell, unknown columns included).</summary>
    public static IReadOnlyList<DuckDbStep> Validate(DuckDbInputs inputs, Func<string, IReadOnlyList<string>> columns)
    {
        var export = Date(inputs.ExportDate);
        var full = inputs.FullChecks;
        return
        [
            new("validate", "cases", $"""
                CREATE TABLE cases_checked AS
                WITH t AS (
                    SELECT rowid AS line, *,
                        TRY_CAST(opened_on AS DATE) AS d_open, TRY_CAST(closed_on AS DATE) AS d_close,
                        TRY_CAST(assessment_started_on AS DATE) AS d_as, TRY_CAST(assessment_completed_on AS DATE) AS d_ac,
                        TRY_CAST(client_plan_on AS DATE) AS d_plan, TRY_CAST(social_rehab_decided_on AS DATE) AS d_rehab,
                        {Screen(full, columns("raw_cases"))}
                    FROM raw_cases),
                r AS (
                    SELECT t.*, CASE
                        WHEN has_identifier THEN 'direct_identifier'
                        WHEN duplicate_rank > 1 THEN 'duplicate_row'
                        WHEN {Id("case_id")} OR {Id("client_id")} OR municipality IS NULL OR target_group IS NULL
                            OR first_contact_channel IS NULL OR d_open IS NULL
                            OR (closed_on IS NOT NULL AND d_close IS NULL) OR (client_plan_on IS NOT NULL AND d_plan IS NULL)
                            OR (assessment_started_on IS NOT NULL AND d_as IS NULL) OR (assessment_completed_on IS NOT NULL AND d_ac IS NULL)
                            OR (social_rehab_decided_on IS NOT NULL AND d_rehab IS NULL)
                            OR (age_band IS NOT NULL AND age_band NOT IN ({List(Codes.AgeBands)}))
                            OR (special_support_need IS NOT NULL AND lower(special_support_need) NOT IN ({Booleans}))
                            OR (experience_expert IS NOT NULL AND lower(experience_expert) NOT IN ({Booleans}))
                            OR (participation_level IS NOT NULL AND participation_level NOT IN ('1', '2', '3', '4')) THEN 'bad_value'
                        WHEN m.code IS NULL OR g.code IS NULL OR first_contact_channel NOT IN ({List(Codes.Channels)})
                            OR (closure_reason IS NOT NULL AND closure_reason NOT IN ({List(Codes.ClosureReasons)}))
                            OR (services IS NOT NULL AND NOT list_has_all((SELECT list(code) FROM ref_services), string_split(services, '|'))) THEN 'unknown_code'
                        WHEN greatest(d_open, d_close, d_as, d_ac, d_plan, d_rehab) > {export} THEN 'future_date'
                        WHEN d_close < d_open OR d_ac < d_as THEN 'date_order'
                        WHEN (d_close IS NULL) <> (closure_reason IS NULL) THEN 'closure_mismatch'
                    END AS reason, m.county
                    FROM t LEFT JOIN ref_municipalities m ON m.code = t.municipality LEFT JOIN ref_target_groups g ON g.code = t.target_group)
                SELECT *, {ConflictingKey(full, "case_id")} AS final_reason FROM r
                """, "cases_checked"),
            new("validate", "meters", $"""
                CREATE TABLE meters_checked AS
                WITH t AS (
                    SELECT rowid AS line, *, TRY_CAST(measured_on AS DATE) AS d_meas, TRY_CAST(replace(score, ',', '.') AS DOUBLE) AS n_score,
                        {Screen(full, columns("raw_meters"))}
                    FROM raw_meters),
                r AS (
                    SELECT t.*, CASE
                        WHEN has_identifier THEN 'direct_identifier'
                        WHEN duplicate_rank > 1 THEN 'duplicate_row'
                        WHEN {Id("measurement_id")} OR {Id("client_id")} OR (case_id IS NOT NULL AND NOT regexp_full_match(case_id, '{IdPattern}'))
                            OR municipality IS NULL OR t.meter IS NULL OR d_meas IS NULL OR t.domain IS NULL OR n_score IS NULL
                            OR (k.meter IS NOT NULL AND d.domain IS NULL) OR n_score < d.min OR n_score > d.max THEN 'bad_value'
                        WHEN m.code IS NULL OR k.meter IS NULL THEN 'unknown_code'
                        WHEN d_meas > {export} THEN 'future_date'
                    END AS reason
                    FROM t LEFT JOIN ref_municipalities m ON m.code = t.municipality
                        LEFT JOIN (SELECT DISTINCT meter FROM ref_meters) k ON k.meter = t.meter
                        LEFT JOIN ref_meters d ON d.meter = t.meter AND d.domain = t.domain)
                SELECT *, {ConflictingKey(full, "measurement_id, domain")} AS final_reason FROM r
                """, "meters_checked"),
            new("validate", "group_sessions", $"""
                CREATE TABLE sessions_checked AS
                WITH t AS (
                    SELECT rowid AS line, *, TRY_CAST(session_on AS DATE) AS d_sess, TRY_CAST(participants AS INTEGER) AS n_part,
                        {Screen(full, columns("raw_sessions"))}
                    FROM raw_sessions),
                r AS (
                    SELECT t.*, CASE
                        WHEN has_identifier THEN 'direct_identifier'
                        WHEN duplicate_rank > 1 THEN 'duplicate_row'
                        WHEN {Id("group_id")} OR group_name IS NULL OR municipality IS NULL OR group_type IS NULL OR d_sess IS NULL
                            OR status IS NULL OR status NOT IN ('held', 'cancelled')
                            OR (participants IS NOT NULL AND (n_part IS NULL OR n_part < 0)) OR (status = 'held' AND n_part IS NULL)
                            OR (status = 'cancelled' AND cancel_reason IS NULL)
                            OR (experience_expert IS NOT NULL AND lower(experience_expert) NOT IN ({Booleans})) THEN 'bad_value'
                        WHEN m.code IS NULL OR group_type NOT IN ({List(Codes.GroupTypes)})
                            OR (t.target_group IS NOT NULL AND g.code IS NULL)
                            OR (cancel_reason IS NOT NULL AND cancel_reason NOT IN ({List(Codes.CancelReasons)}))
                            OR (location_type IS NOT NULL AND location_type NOT IN ({List(Codes.LocationTypes)})) THEN 'unknown_code'
                        WHEN d_sess > {export} THEN 'future_date'
                    END AS reason, m.county
                    FROM t LEFT JOIN ref_municipalities m ON m.code = t.municipality LEFT JOIN ref_target_groups g ON g.code = t.target_group)
                SELECT *, {ConflictingKey(full, "group_id, session_on")} AS final_reason FROM r
                """, "sessions_checked"),
            new("validate", "group_attendance", $"""
                CREATE TABLE attendance_checked AS
                WITH t AS (
                    SELECT rowid AS line, *, TRY_CAST(session_on AS DATE) AS d_sess, {Screen(full, columns("raw_attendance"))}
                    FROM raw_attendance)
                SELECT t.*, CASE
                    WHEN has_identifier THEN 'direct_identifier'
                    WHEN duplicate_rank > 1 THEN 'duplicate_row'
                    WHEN {Id("group_id")} OR {Id("client_id")} OR d_sess IS NULL THEN 'bad_value'
                    WHEN d_sess > {export} THEN 'future_date'
                    WHEN s.held_group IS NULL THEN 'orphan_row'
                END AS final_reason
                FROM t LEFT JOIN (SELECT DISTINCT group_id AS held_group, d_sess AS held_on FROM sessions_checked WHERE final_reason IS NULL AND status = 'held') s
                    ON s.held_group = t.group_id AND s.held_on = t.d_sess
                """, "attendance_checked"),
            new("validate", "accepted", """
                CREATE TABLE cases_ok AS SELECT case_id, client_id, municipality, county, target_group, d_open, d_close, d_plan, closure_reason
                    FROM cases_checked WHERE final_reason IS NULL;
                CREATE TABLE meters_ok AS SELECT measurement_id, client_id, case_id, municipality, meter, domain, d_meas, n_score
                    FROM meters_checked WHERE final_reason IS NULL;
                CREATE TABLE sessions_ok AS SELECT group_id, municipality, county, target_group, d_sess, status, cancel_reason, n_part
                    FROM sessions_checked WHERE final_reason IS NULL;
                CREATE TABLE attendance_ok AS SELECT group_id, d_sess, client_id FROM attendance_checked WHERE final_reason IS NULL
                """),
        ];
    }

    /// <summary>A SQL date literal.</summary>
    public static string Date(DateOnly date) => "DATE '" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "'";

    /// <summary>A SQL string literal.</summary>
    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Csv(DuckDbInputs inputs, string file)
        => $"read_csv({Literal(inputs.Export(file))}, delim = ',', quote = '\"', escape = '\"', header = true, all_varchar = true, encoding = 'utf-8', strict_mode = false, null_padding = true)";

    private static string Ref(DuckDbInputs inputs, string file)
        => $"read_csv({Literal(inputs.Reference(file))}, delim = ',', header = true, all_varchar = true, comment = '#')";

    /// <summary>The identifier scan over every cell and the exact-duplicate rank (first occurrence = 1); with core
    /// checks neither is made.</summary>
    private static string Screen(bool full, IReadOnlyList<string> columns)
    {
        if (!full)
        {
            return "false AS has_identifier, 1 AS duplicate_rank";
        }

        var quoted = string.Join(", ", columns.Select(c => "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
        return $"regexp_matches(concat_ws('|', {quoted}), {Literal(IdentifierPattern)}) AS has_identifier, row_number() OVER (PARTITION BY {quoted} ORDER BY rowid) AS duplicate_rank";
    }

    private static string Id(string column) => $"({column} IS NULL OR NOT regexp_full_match({column}, '{IdPattern}'))";

    /// <summary>The first accepted row with a key wins; later otherwise-good rows with that key conflict.</summary>
    private static string ConflictingKey(bool full, string key)
        => !full ? "reason" : $"CASE WHEN reason IS NULL AND row_number() OVER (PARTITION BY {key}, reason IS NULL ORDER BY line) > 1 THEN 'conflicting_key' ELSE reason END";

    private static string List(IEnumerable<string> codes) => string.Join(", ", codes.Select(Literal));
}
