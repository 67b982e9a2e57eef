namespace Osmo.Analytics.Benchmarks;

/// <summary>The yardstick's core indicators in plain DuckDB SQL, for the 24 months ending at the period and the
/// rolling 12 months, at the levels municipality x target group, municipality, county x target group, county and
/// all, written as one long Parquet table.</summary>
/// <remarks>Indicators: active_clients (distinct clients), new_cases, closed_cases, client_plan_pct,
/// unplanned_closure_pct, meter_follow_up_loss_pct, groups_active, group_sessions_held, group_sessions_cancelled,
/// sessions_no_participants, group_attendance_mean, group_participants_distinct, with the spec's precise rules.
/// A subset of what the pipeline computes: no Wilson intervals, working days, meter changes, flags or disclosure.</remarks>
internal static class DuckDbIndicatorSql
{
    private const string Sets = "GROUPING SETS ((w.win, county, municipality, target_group), (w.win, county, municipality), (w.win, county, target_group), (w.win, county), (w.win))";
    private const string Keys = "w.win, grouping_id(county, municipality, target_group) AS gid, county, municipality, target_group";

    // A blank target group belongs to the municipality level only.
    private const string NoBlankGroupCells = "HAVING NOT (grouping(target_group) = 0 AND target_group IS NULL)";

    public static IReadOnlyList<DuckDbStep> Indicators(DuckDbInputs inputs)
    {
        var period = inputs.Period;
        var periodEnd = period.AddMonths(1).AddDays(-1);
        return
        [
            new("indicators", "windows", $"""
                CREATE MACRO level_name(g) AS CASE g WHEN 0 THEN 'municipality_x_target_group' WHEN 1 THEN 'municipality'
                    WHEN 2 THEN 'county_x_target_group' WHEN 3 THEN 'county' ELSE 'all' END;
                CREATE TABLE windows AS
                    SELECT strftime(d, '%Y-%m') AS win, CAST(d AS DATE) AS wstart, CAST(last_day(d) AS DATE) AS wend
                    FROM (SELECT unnest(generate_series({DuckDbSql.Date(period.AddMonths(-23))}, {DuckDbSql.Date(period)}, INTERVAL 1 MONTH)) AS d)
                    UNION ALL SELECT 'r12', {DuckDbSql.Date(period.AddMonths(-11))}, {DuckDbSql.Date(periodEnd)}
                """, "windows"),
            new("indicators", "active_cases", """
                CREATE TABLE active AS
                SELECT w.win, c.client_id, c.county, c.municipality, c.target_group,
                    c.d_open >= w.wstart AS is_new,
                    c.d_close <= w.wend AS is_closed,
                    c.d_close <= w.wend AND c.closure_reason IN ('client_withdrew', 'not_reached') AS is_unplanned,
                    c.d_open <= w.wend - 30 AND (c.d_close IS NULL OR c.d_close >= w.wend) AS in_plan_base,
                    c.d_plan <= w.wend AS has_plan
                FROM cases_ok c JOIN windows w ON c.d_open <= w.wend AND (c.d_close IS NULL OR c.d_close >= w.wstart)
                """, "active"),
            new("indicators", "case_process", $"""
                CREATE TABLE case_cells AS
                    SELECT win, county, municipality, target_group,
                        count(*) FILTER (WHERE is_new) AS new_cases, count(*) FILTER (WHERE is_closed) AS closed_cases,
                        count(*) FILTER (WHERE is_unplanned) AS unplanned, count(*) FILTER (WHERE in_plan_base) AS plan_den,
                        count(*) FILTER (WHERE in_plan_base AND has_plan) AS plan_num
                    FROM active GROUP BY win, county, municipality, target_group;
                CREATE TABLE case_ind AS
                    SELECT {Keys}, sum(new_cases) AS new_cases, sum(closed_cases) AS closed_cases, sum(unplanned) AS unplanned,
                        sum(plan_den) AS plan_den, sum(plan_num) AS plan_num
                    FROM case_cells w GROUP BY {Sets};
                CREATE TABLE active_ind AS
                    SELECT win, 0 AS gid, county, municipality, target_group, count(DISTINCT client_id) AS active_clients FROM active GROUP BY win, county, municipality, target_group
                    UNION ALL SELECT win, 1, county, municipality, NULL, count(DISTINCT client_id) FROM active GROUP BY win, county, municipality
                    UNION ALL SELECT win, 2, county, NULL, target_group, count(DISTINCT client_id) FROM active GROUP BY win, county, target_group
                    UNION ALL SELECT win, 3, county, NULL, NULL, count(DISTINCT client_id) FROM active GROUP BY win, county
                    UNION ALL SELECT win, 7, NULL, NULL, NULL, count(DISTINCT client_id) FROM active GROUP BY win
                """, "case_ind"),
            new("indicators", "meter_follow_up", $"""
                CREATE TABLE measurements AS
                    SELECT measurement_id, any_value(client_id) AS client_id, any_value(case_id) AS case_id,
                        any_value(municipality) AS municipality, any_value(meter) AS meter, min(d_meas) AS d_meas
                    FROM meters_ok GROUP BY measurement_id;
                CREATE TABLE baselines AS
                    WITH b AS (
                        SELECT client_id, meter, arg_min(municipality, d_meas) AS municipality, arg_min(case_id, d_meas) AS case_id, min(d_meas) AS base_on
                        FROM measurements GROUP BY client_id, meter)
                    SELECT b.client_id, b.meter, b.municipality, rm.county, c.target_group, b.base_on, min(m.d_meas) AS follow_on
                    FROM b JOIN ref_municipalities rm ON rm.code = b.municipality
                        LEFT JOIN measurements m ON m.client_id = b.client_id AND m.meter = b.meter AND m.d_meas >= b.base_on + 60
                        LEFT JOIN cases_ok c ON c.case_id = b.case_id
                    GROUP BY b.client_id, b.meter, b.municipality, rm.county, c.target_group, b.base_on;
                CREATE TABLE meter_cells AS
                    SELECT w.win, county, municipality, target_group, count(*) AS loss_den, count(*) FILTER (WHERE follow_on IS NULL OR follow_on > w.wend) AS loss_num
                    FROM baselines b JOIN windows w ON b.base_on <= w.wend - 180
                    GROUP BY w.win, county, municipality, target_group;
                CREATE TABLE meter_ind AS
                    SELECT {Keys}, sum(loss_den) AS loss_den, sum(loss_num) AS loss_num
                    FROM meter_cells w GROUP BY {Sets} {NoBlankGroupCells}
                """, "meter_ind"),
            new("indicators", "group_activity", $"""
                CREATE TABLE session_ind AS
                    SELECT {Keys},
                        count(DISTINCT group_id) FILTER (WHERE status = 'held') AS groups_active,
                        count(*) FILTER (WHERE status = 'held') AS held,
                        count(*) FILTER (WHERE status = 'cancelled') AS cancelled,
                        count(*) FILTER (WHERE status = 'cancelled' AND cancel_reason = 'no_participants') AS no_participants,
                        avg(n_part) FILTER (WHERE status = 'held') AS attendance_mean
                    FROM sessions_ok s JOIN windows w ON s.d_sess BETWEEN w.wstart AND w.wend
                    GROUP BY {Sets} {NoBlankGroupCells};
                CREATE TABLE attendance_ind AS
                    SELECT {Keys}, count(DISTINCT a.client_id) AS participants
                    FROM attendance_ok a JOIN (SELECT DISTINCT group_id, d_sess, municipality, county, target_group FROM sessions_ok WHERE status = 'held') s
                        ON s.group_id = a.group_id AND s.d_sess = a.d_sess
                    JOIN windows w ON a.d_sess BETWEEN w.wstart AND w.wend
                    GROUP BY {Sets} {NoBlankGroupCells}
                """, "session_ind"),
            new("indicators", "long_table", $"""
                CREATE TABLE indicators AS
                SELECT win AS "window", level_name(gid) AS level, county, municipality, target_group, indicator, numerator, denominator, value FROM (
                    {Count("active_ind", "active_clients")}
                    UNION ALL {Count("case_ind", "new_cases")}
                    UNION ALL {Count("case_ind", "closed_cases")}
                    UNION ALL {Share("case_ind", "client_plan_pct", "plan_num", "plan_den")}
                    UNION ALL {Share("case_ind", "unplanned_closure_pct", "unplanned", "closed_cases")}
                    UNION ALL {Share("meter_ind", "meter_follow_up_loss_pct", "loss_num", "loss_den")}
                    UNION ALL {Count("session_ind", "groups_active")}
                    UNION ALL {Count("session_ind", "held", "group_sessions_held")}
                    UNION ALL {Count("session_ind", "cancelled", "group_sessions_cancelled")}
                    UNION ALL {Count("session_ind", "no_participants", "sessions_no_participants")}
                    UNION ALL {Count("session_ind", "attendance_mean", "group_attendance_mean")}
                    UNION ALL {Count("attendance_ind", "participants", "group_participants_distinct")})
                """, "indicators"),
        ];
    }

    public static IReadOnlyList<DuckDbStep> Write(DuckDbInputs inputs) =>
    [
        new("parquet", "indicators.parquet", $"""
            COPY (SELECT * FROM indicators ORDER BY level, "window", county, municipality, target_group, indicator)
            TO {DuckDbSql.Literal(Path.Combine(inputs.OutDir, "indicators.parquet"))} (FORMAT parquet, COMPRESSION zstd)
            """, "indicators"),
        new("parquet", "quarantine.parquet", $"""
            COPY (
                SELECT 'cases.csv' AS file, line + 2 AS line, final_reason AS reason FROM cases_checked WHERE final_reason IS NOT NULL
                UNION ALL SELECT 'meters.csv', line + 2, final_reason FROM meters_checked WHERE final_reason IS NOT NULL
                UNION ALL SELECT 'group_sessions.csv', line + 2, final_reason FROM sessions_checked WHERE final_reason IS NOT NULL
                UNION ALL SELECT 'group_attendance.csv', line + 2, final_reason FROM attendance_checked WHERE final_reason IS NOT NULL
                ORDER BY file, line)
            TO {DuckDbSql.Literal(Path.Combine(inputs.OutDir, "quarantine.parquet"))} (FORMAT parquet)
            """),
    ];

    private static string Count(string table, string column, string? id = null)
        => $"SELECT win, gid, county, municipality, target_group, '{id ?? column}' AS indicator, NULL::BIGINT AS numerator, NULL::BIGINT AS denominator, CAST({column} AS DOUBLE) AS value FROM {table}";

    private static string Share(string table, string id, string numerator, string denominator)
        => $"SELECT win, gid, county, municipality, target_group, '{id}', {numerator}, {denominator}, 100.0 * {numerator} / NULLIF({denominator}, 0) FROM {table}";
}
