using Osmo.Analytics.Indicators;
using Osmo.Analytics.Model;
using Osmo.Analytics.Reference;
using static Osmo.Analytics.Core.Tests.Indicators.IndicatorTestData;

namespace Osmo.Analytics.Core.Tests.Indicators;

/// <summary>Named hand-worked data sets behind IndicatorExamples.md. Every scenario runs for period 2025-10:
/// month windows Nov 2023 .. Oct 2025, r12 = Nov 2024 .. Oct 2025 (period 2025-10-01).
/// The expected numbers live in the Markdown table; the reasoning lives here next to the data.</summary>
internal static class IndicatorScenarios
{
    private static readonly Dictionary<string, Lazy<IndicatorResult>> Results = new()
    {
        ["counting"] = new(Counting),
        ["plan"] = new(Plan),
        ["assessment"] = new(Assessment),
        ["reach"] = new(Reach),
        ["meter_loss"] = new(MeterLoss),
        ["groups"] = new(Groups),
        ["supply"] = new(Supply),
    };

    public static IndicatorResult Get(string name) => Results[name].Value;

    /// <summary>Distinct clients across levels, new/closed in month vs r12, unplanned closures, outreach, per 1,000.</summary>
    /// <remarks>
    /// Oct 2025 active: A (005/ya from 10 Sep, 010/ya from 5 Oct), B (005/ue until 20 Oct), D (005/ya from 1 Oct).
    /// 005/ya = {A, D} 2; 005 = {A, B, D} 3; 010 = {A} 1; 01/ya = {A, D} 2; county 01 = {A, B, D} 3 (A once although in
    /// two municipalities); all 3. C (020, Jun-Dec 2024) is active in r12 only (closed 31 Dec 2024 >= 1 Nov 2024): r12 all 4,
    /// county 02 r12 1. Sep 2025: A1 and B: 005 = 2.
    /// New: Oct = A2 + D = 2 (005: D, 010: A2); r12 = A1, A2, B1, D = 4 (C1 opened Jun 2024 is outside); Jun 2024 month = C1.
    /// Closed: Oct = B1 (client_withdrew); r12 = B1 + C1 (goals_met) = 2 -> unplanned r12 = 1/2 = 50 %, Oct 1/1 = 100 %.
    /// Outreach first contact: Oct new = A2 (office), D (outreach) -> 1/2 = 50 %.
    /// Per 1,000: 005 = 3 / 1000 x 1000 = 3; county 01 = 3 / 3000 x 1000 = 1; all = 3 / 7000 x 1000 = 3/7.
    /// Social rehab: B1 decided 2025-03-05 -> r12 1; per 1,000 at 005 = 1/1000 x 1000 = 1.
    /// Experience expert: D has one -> Oct 005: 1/3; participation level known for A1 (3) and B1 (2): Oct 005 1/2.
    /// </remarks>
    private static IndicatorResult Counting() => Compute("2025-10", cases:
    [
        Case("A1", "A", "005", "ya", "2025-09-10", level: 3),
        Case("A2", "A", "010", "ya", "2025-10-05"),
        Case("B1", "B", "005", "ue", "2025-01-15", closed: "2025-10-20", reason: "client_withdrew", rehab: "2025-03-05", level: 2),
        Case("C1", "C", "020", "ya", "2024-06-01", closed: "2024-12-31", reason: "goals_met"),
        Case("D1", "D", "005", "ya", "2025-10-01", channel: "outreach", expert: true),
    ]);

    /// <summary>client_plan_pct at the 30-day boundary and days_to_plan_median.</summary>
    /// <remarks>
    /// Oct 2025 end = 31 Oct, end - 30 days = 1 Oct. P1 opened 1 Oct (exactly end - 30) -> in; P2 opened 2 Oct -> out;
    /// P3 closed 31 Oct (= end, still open) -> in; P4 closed 30 Oct -> out; P5 plan 5 Nov (after end) -> in, no plan;
    /// P6 opened 1 Aug, plan 15 Oct -> in with plan. Oct: 2 (P1, P6) / 4 (P1, P3, P5, P6) = 50 %. r12 = Oct state.
    /// Sep end 30 Sep, end - 30 = 31 Aug: P3, P4, P5, P6 in, no plan by 30 Sep -> 0/4.
    /// Apr 2025 end 30 Apr: P7 (opened 1 Feb, plan 3 Mar, closed 30 Apr = end) -> 1/1 = 100 %.
    /// Median days to plan: Oct plans P1 19 d (1 -> 20 Oct), P6 75 d (1 Aug -> 15 Oct): (19 + 75) / 2 = 47, n = 2.
    /// r12 plans: P7 30 d (1 Feb -> 3 Mar), P1 19, P6 75 (P5's plan is in Nov 2025, outside) -> median 30, n = 3.
    /// </remarks>
    private static IndicatorResult Plan() => Compute("2025-10", cases:
    [
        Case("P1", "p1", "005", "ya", "2025-10-01", plan: "2025-10-20"),
        Case("P2", "p2", "005", "ya", "2025-10-02"),
        Case("P3", "p3", "005", "ya", "2025-06-01", closed: "2025-10-31", reason: "goals_met"),
        Case("P4", "p4", "005", "ya", "2025-06-01", closed: "2025-10-30", reason: "goals_met"),
        Case("P5", "p5", "005", "ya", "2025-05-01", plan: "2025-11-05"),
        Case("P6", "p6", "005", "ya", "2025-08-01", plan: "2025-10-15"),
        Case("P7", "p7", "005", "ya", "2025-02-01", plan: "2025-03-03", closed: "2025-04-30", reason: "need_ended"),
    ]);

    /// <summary>assessment_done_3m_pct (shifted cohort, day clamp) and assessment_start_7wd_pct across Easter.</summary>
    /// <remarks>
    /// Apr 2025 window: cohort = opened in Jan 2025. Q1 opened 31 Jan, due 31 Jan + 3 months = 30 Apr (April has 30 days),
    /// completed 30 Apr -> in time; Q2 same opening, completed 1 May -> late; Q3 opened 15 Jan, no assessment -> stays in
    /// the denominator; Q4 opened 15 Jan, completed 15 Apr (= due) -> in time. Apr: 2/4 = 50 %.
    /// Mar 2025 window: cohort Dec 2024 = Q5 (31 Dec, due 31 Mar, completed 31 Mar) -> 1/1.
    /// r12 (Nov 2024 - Oct 2025): cohort = opened Aug 2024 - Jul 2025 = Q1..Q5 -> 3/5 = 60 %.
    /// Start within 7 working days, Apr 2025 new cases with special need: S1 and S2 opened Maundy Thursday 17 Apr;
    /// 7th working day = 30 Apr (Good Friday and Easter Monday skipped; a plain weekday count would give 28 Apr).
    /// S1 started 30 Apr -> in time; S2 started 2 May -> late (1 May is May Day, 2 May is the 8th); S4 opened 22 Apr, not
    /// started -> late; S3 has no special need -> not counted. Apr: 1/3.
    /// </remarks>
    private static IndicatorResult Assessment() => Compute("2025-10", cases:
    [
        Case("Q1", "q1", "005", "ya", "2025-01-31", started: "2025-02-03", completed: "2025-04-30"),
        Case("Q2", "q2", "005", "ya", "2025-01-31", started: "2025-02-03", completed: "2025-05-01"),
        Case("Q3", "q3", "005", "ya", "2025-01-15"),
        Case("Q4", "q4", "005", "ya", "2025-01-15", started: "2025-01-20", completed: "2025-04-15"),
        Case("Q5", "q5", "005", "ya", "2024-12-31", started: "2025-01-02", completed: "2025-03-31"),
        Case("S1", "s1", "010", "ue", "2025-04-17", ssn: true, started: "2025-04-30"),
        Case("S2", "s2", "010", "ue", "2025-04-17", ssn: true, started: "2025-05-02"),
        Case("S3", "s3", "010", "ue", "2025-04-10", ssn: false, started: "2025-06-01"),
        Case("S4", "s4", "010", "ue", "2025-04-22", ssn: true),
    ]);

    /// <summary>reach_pct with need estimates from the window's year or the latest earlier one.</summary>
    /// <remarks>
    /// Needs: 005/ya 2023: 40, 2024: 20 (used for 2024 and 2025 windows); 005/ue 2025: 10; 010/ya only 2026: 50 (no estimate
    /// for 2025 or earlier -> 0). Oct 2025 active: E, F (005/ya), G (005/ue), H (010/ya).
    /// 005/ya 2/20 = 10 %; 005/ue 1/10 = 10 %; 010/ya 1/0 -> null; 005 = 3/30 = 10 %; 010 = 1/0 -> null;
    /// 01/ya = {E, F, H} 3 / 20 = 15 %; county 01 = 4/30; all = 4/30 (020 has no need).
    /// Nov 2023 window (year 2023): 005/ya need 40, no client active yet -> 0/40 = 0 %.
    /// </remarks>
    private static IndicatorResult Reach() => Compute(
        "2025-10",
        cases:
        [
            Case("E1", "E", "005", "ya", "2025-03-01"),
            Case("F1", "F", "005", "ya", "2025-09-01"),
            Case("G1", "G", "005", "ue", "2025-01-01"),
            Case("H1", "H", "010", "ya", "2025-10-31"),
        ],
        reference: IndicatorTestData.Reference(needs:
        [
            new NeedEstimate("005", "ya", 2023, 40),
            new NeedEstimate("005", "ya", 2024, 20),
            new NeedEstimate("005", "ue", 2025, 10),
            new NeedEstimate("010", "ya", 2026, 50),
        ]));

    /// <summary>meter_follow_up_loss_pct (cumulative) and meter_coverage_pct.</summary>
    /// <remarks>
    /// All KYKYVIISARI in 005. Oct 2025 end 31 Oct, end - 180 days = 4 May 2025.
    /// M1 baseline 10 Jan (case M1c, 005/ya); 1 Mar is only 50 days later (not a follow-up); 15 Jun (156 days) is one.
    /// M2 baseline 1 Feb, none. M3 baseline 4 May (exactly end - 180: due), next measurement 15 Nov (after the end).
    /// M4 baseline 5 May: not yet due in Oct.
    /// Oct: due M1, M2, M3 = 3; lost M2, M3 = 2 -> 200/3 %. r12 = Oct. 005/ya (only M1 has a case): 0/1.
    /// Sep (end 30 Sep, end - 180 = 3 Apr): due M1, M2; M1 followed up 15 Jun -> lost 1/2.
    /// Jul (end 31 Jul, end - 180 = 1 Feb): due M1, M2 (1 Feb exactly); M1's 15 Jun follow-up lies before the window
    /// but counts (cumulative) -> 1/2. Jun (end - 180 = 1 Jan): nobody due -> null.
    /// Coverage: cases M1c (opened 1 Dec 2024) and Nc (client N, 1 Jan 2025, never measured) in 005/ya.
    /// Oct: active >= 30 days at end = M1, N; measured by end = M1 -> 1/2. Dec 2024 (end 31 Dec, end - 30 = 1 Dec):
    /// M1c in, first measurement 10 Jan 2025 is after the end -> 0/1.
    /// </remarks>
    private static IndicatorResult MeterLoss() => Compute(
        "2025-10",
        cases:
        [
            Case("M1c", "M1", "005", "ya", "2024-12-01"),
            Case("Nc", "N", "005", "ya", "2025-01-01"),
        ],
        meters:
        [
            Score("m1a", "M1", "005", "KYKYVIISARI", "overall", "2025-01-10", 5, caseId: "M1c"),
            Score("m1b", "M1", "005", "KYKYVIISARI", "overall", "2025-03-01", 9, caseId: "M1c"),
            Score("m1c", "M1", "005", "KYKYVIISARI", "overall", "2025-06-15", 7, caseId: "M1c"),
            Score("m2a", "M2", "005", "KYKYVIISARI", "overall", "2025-02-01", 4),
            Score("m3a", "M3", "005", "KYKYVIISARI", "overall", "2025-05-04", 4),
            Score("m3b", "M3", "005", "KYKYVIISARI", "overall", "2025-11-15", 6),
            Score("m4a", "M4", "005", "KYKYVIISARI", "overall", "2025-05-05", 6),
        ]);

    /// <summary>Group indicators with attendance (005), without attendance (010) and with no sessions at all (020).</summary>
    /// <remarks>
    /// G1 (005/ya): 2 Oct held 6 (experience expert, low_threshold), 9 Oct held 4 (office), 16 Oct cancelled no_participants,
    /// 25 Sep held 5 (outreach). G2 (005, no target group, client_panel): 5 Oct held 3. G3 (010/ue): 3 Oct held 8,
    /// 10 Oct cancelled facilitator. Attendance: G1 2 Oct a, b, c; G1 9 Oct a, d; G2 5 Oct a, e; G1 25 Sep b.
    /// Oct: groups 005 = 2, 010 = 1, county 01 = 3, 005/ya = 1 (G2 has no target group). Held 005 = 3, 010 = 1, all 4.
    /// Cancelled 005 = 1, 010 = 1, all 2; for no participants 005 = 1, 010 = 0.
    /// Distinct participants Oct: 005 = {a, b, c, d, e} 5; 005/ya = {a, b, c, d} 4; Sep 005 = {b} 1;
    /// 010 and 020 null (no attendance at all); county 01 and all null (010 has sessions but no attendance).
    /// Mean head count Oct: 005 (6 + 4 + 3) / 3 = 13/3; 010 8; all 21/4.
    /// Experience-expert groups Oct 005: G1 of {G1, G2} = 50 %. Low-threshold sessions 005: Oct 1/3, r12 2/4 (25 Sep outreach).
    /// Client panel: 005 Oct 1 (G2 session), Sep 0, r12 1; 010 Oct 0.
    /// </remarks>
    private static IndicatorResult Groups() => Compute(
        "2025-10",
        sessions:
        [
            Held("G1", "005", "ya", "2025-10-02", 6, location: "low_threshold", expert: true),
            Held("G1", "005", "ya", "2025-10-09", 4, location: "office"),
            Cancelled("G1", "005", "ya", "2025-10-16", "no_participants"),
            Held("G1", "005", "ya", "2025-09-25", 5, location: "outreach"),
            Held("G2", "005", null, "2025-10-05", 3, type: "client_panel"),
            Held("G3", "010", "ue", "2025-10-03", 8, type: "peer"),
            Cancelled("G3", "010", "ue", "2025-10-10", "facilitator", type: "peer"),
        ],
        attendance:
        [
            new Attendance("G1", D("2025-10-02"), "a"), new Attendance("G1", D("2025-10-02"), "b"), new Attendance("G1", D("2025-10-02"), "c"),
            new Attendance("G1", D("2025-10-09"), "a"), new Attendance("G1", D("2025-10-09"), "d"),
            new Attendance("G2", D("2025-10-05"), "a"), new Attendance("G2", D("2025-10-05"), "e"),
            new Attendance("G1", D("2025-09-25"), "b"),
        ]);

    /// <summary>Low-threshold points and participation structures active at window end.</summary>
    /// <remarks>
    /// LP1 005 serves ya|ue, 20 h/week, from 1 Jan 2024, open-ended. LP2 005 serves ya, 10 h, until 30 Oct 2025 (the day
    /// before the Oct end: not active at end). LP3 010 serves ue, 5 h, from 31 Oct 2025 (= end: active).
    /// Oct: 005/ya 1 point 20 h; 005 1 point 20 h (LP1 once, not once per group); 010 1 point 5 h; 01/ue LP1 + LP3 = 2, 25 h;
    /// county 01 2 points 25 h. Sep: 005/ya LP1 + LP2 = 2, 30 h; 010 0.
    /// Structures: 010 experience_experts 1 Jan - 30 Sep 2025 -> Sep 1, Oct 0, r12 0 (state at the r12 end);
    /// 005 developer_clients from 31 Oct 2025 -> Oct 1, Sep 0.
    /// </remarks>
    private static IndicatorResult Supply() => Compute(
        "2025-10",
        reference: IndicatorTestData.Reference(
            points:
            [
                new LowThresholdPoint("LP1", "005", "Olohuone", "drop_in", ["ya", "ue"], 20, D("2024-01-01"), null),
                new LowThresholdPoint("LP2", "005", "Nuorten piste", "drop_in", ["ya"], 10, D("2024-01-01"), D("2025-10-30")),
                new LowThresholdPoint("LP3", "010", "Mobiili", "mobile", ["ue"], 5, D("2025-10-31"), null),
            ],
            structures:
            [
                new ParticipationStructure("010", "experience_experts", D("2025-01-01"), D("2025-09-30")),
                new ParticipationStructure("005", "developer_clients", D("2025-10-31"), null),
            ]));
}
