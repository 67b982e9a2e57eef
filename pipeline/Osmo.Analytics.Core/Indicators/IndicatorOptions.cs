namespace Osmo.Analytics.Indicators;

/// <summary>Settings of <see cref="IndicatorCalculator"/>. Every default is in <see cref="IndicatorDefaults"/>.</summary>
public sealed record IndicatorOptions
{
    /// <summary>Default options.</summary>
    public static IndicatorOptions Default { get; } = new();

    /// <summary>Minimum days from baseline to a follow-up (<c>follow_up_min_days</c>).</summary>
    /// <value>Default 60 (<see cref="IndicatorDefaults.FollowUpMinDays"/>). Range 1-3650.</value>
    public int FollowUpMinDays { get; init; } = IndicatorDefaults.FollowUpMinDays;

    /// <summary>Age of a baseline at window end after which a missing follow-up is a loss (<c>follow_up_window_days</c>).</summary>
    /// <value>Default 180 (<see cref="IndicatorDefaults.FollowUpWindowDays"/>). Range 1-3650.</value>
    public int FollowUpWindowDays { get; init; } = IndicatorDefaults.FollowUpWindowDays;

    /// <summary>Working-day limit for the assessment start (<c>assessment_start_working_days</c>): a local service standard.</summary>
    /// <value>Default 7 (<see cref="IndicatorDefaults.AssessmentStartWorkingDays"/>). Range 0-60.</value>
    public int AssessmentStartWorkingDays { get; init; } = IndicatorDefaults.AssessmentStartWorkingDays;

    /// <summary>Calendar-month limit for the assessment completion (<c>assessment_done_months</c>): a local service standard.
    /// Also the shift of the cohort behind <c>assessment_done_3m_pct</c>.</summary>
    /// <value>Default 3 (<see cref="IndicatorDefaults.AssessmentDoneMonths"/>). Range 1-12.</value>
    public int AssessmentDoneMonths { get; init; } = IndicatorDefaults.AssessmentDoneMonths;

    /// <summary>Days a case must have been open at window end to enter <c>client_plan_pct</c> (<c>plan_min_days</c>).</summary>
    /// <value>Default 30 (<see cref="IndicatorDefaults.PlanMinDays"/>). Range 0-3650.</value>
    public int PlanMinDays { get; init; } = IndicatorDefaults.PlanMinDays;

    /// <summary>Days a client must have been active at window end to enter <c>meter_coverage_pct</c>.</summary>
    /// <value>Default 30 (<see cref="IndicatorDefaults.MeterCoverageMinDays"/>). Range 0-3650.</value>
    public int MeterCoverageMinDays { get; init; } = IndicatorDefaults.MeterCoverageMinDays;

    /// <summary>Problems with the settings, empty when they are valid (messages name the setting).</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        Check(problems, "follow_up_min_days", FollowUpMinDays, 1, 3650);
        Check(problems, "follow_up_window_days", FollowUpWindowDays, 1, 3650);
        Check(problems, "assessment_start_working_days", AssessmentStartWorkingDays, 0, 60);
        Check(problems, "assessment_done_months", AssessmentDoneMonths, 1, 12);
        Check(problems, "plan_min_days", PlanMinDays, 0, 3650);
        Check(problems, "meter_coverage_min_days", MeterCoverageMinDays, 0, 3650);
        return problems;
    }

    private static void Check(List<string> problems, string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            problems.Add(FormattableString.Invariant($"{name} = {value} is outside {min}-{max}."));
        }
    }
}
