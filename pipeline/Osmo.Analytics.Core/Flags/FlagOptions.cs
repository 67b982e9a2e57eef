using System.Globalization;

namespace Osmo.Analytics.Flags;

/// <summary>Thresholds of the flag rules (section <c>flags</c> of osmo.json, snake_case names in docs/flags.md).
/// Every default is in <see cref="FlagDefaults"/>.</summary>
/// <remarks>Shares are percentages 0-100. "Below" and "above" are strict: a value equal to the threshold raises
/// nothing.</remarks>
public sealed record FlagOptions
{
    /// <summary>Default options.</summary>
    public static FlagOptions Default { get; } = new();

    /// <summary>Smallest denominator on which an SG share rule (assessment, plan, closures, meter loss) is judged
    /// (<c>min_n</c>): fewer cases are too few to tell.</summary>
    /// <value>Default 10 (<see cref="FlagDefaults.MinN"/>). Range 1-10000.</value>
    public int MinN { get; init; } = FlagDefaults.MinN;

    /// <summary>SG_ASSESSMENT_LATE when assessment_done_3m_pct is below this (<c>assessment_late_below</c>).</summary>
    /// <value>Default 80 (<see cref="FlagDefaults.AssessmentLateBelow"/>).</value>
    public double AssessmentLateBelow { get; init; } = FlagDefaults.AssessmentLateBelow;

    /// <summary>SG_ASSESSMENT_LATE is high below this (<c>assessment_late_high_below</c>).</summary>
    /// <value>Default 60 (<see cref="FlagDefaults.AssessmentLateHighBelow"/>).</value>
    public double AssessmentLateHighBelow { get; init; } = FlagDefaults.AssessmentLateHighBelow;

    /// <summary>SG_ASSESSMENT_START_LATE when assessment_start_7wd_pct is below this (<c>assessment_start_late_below</c>).</summary>
    /// <value>Default 90 (<see cref="FlagDefaults.AssessmentStartLateBelow"/>).</value>
    public double AssessmentStartLateBelow { get; init; } = FlagDefaults.AssessmentStartLateBelow;

    /// <summary>SG_ASSESSMENT_START_LATE is high below this (<c>assessment_start_late_high_below</c>).</summary>
    /// <value>Default 70 (<see cref="FlagDefaults.AssessmentStartLateHighBelow"/>).</value>
    public double AssessmentStartLateHighBelow { get; init; } = FlagDefaults.AssessmentStartLateHighBelow;

    /// <summary>SG_PLAN_MISSING when client_plan_pct is below this (<c>plan_missing_below</c>).</summary>
    /// <value>Default 70 (<see cref="FlagDefaults.PlanMissingBelow"/>).</value>
    public double PlanMissingBelow { get; init; } = FlagDefaults.PlanMissingBelow;

    /// <summary>SG_PLAN_MISSING is high below this (<c>plan_missing_high_below</c>).</summary>
    /// <value>Default 50 (<see cref="FlagDefaults.PlanMissingHighBelow"/>).</value>
    public double PlanMissingHighBelow { get; init; } = FlagDefaults.PlanMissingHighBelow;

    /// <summary>SG_UNPLANNED_CLOSURES when unplanned_closure_pct is above this (<c>unplanned_closures_above</c>).</summary>
    /// <value>Default 30 (<see cref="FlagDefaults.UnplannedClosuresAbove"/>).</value>
    public double UnplannedClosuresAbove { get; init; } = FlagDefaults.UnplannedClosuresAbove;

    /// <summary>SG_UNPLANNED_CLOSURES also when at least this many percentage points above the county
    /// (<c>unplanned_closures_county_gap</c>), with <see cref="UnplannedClosuresMinZ"/>.</summary>
    /// <value>Default 10 (<see cref="FlagDefaults.UnplannedClosuresCountyGap"/>).</value>
    public double UnplannedClosuresCountyGap { get; init; } = FlagDefaults.UnplannedClosuresCountyGap;

    /// <summary>The pooled two-proportion z against the whole county must be at least this (<c>unplanned_closures_min_z</c>).</summary>
    /// <value>Default 1.96 (<see cref="FlagDefaults.UnplannedClosuresMinZ"/>).</value>
    public double UnplannedClosuresMinZ { get; init; } = FlagDefaults.UnplannedClosuresMinZ;

    /// <summary>SG_METER_LOSS when meter_follow_up_loss_pct is above this (<c>meter_loss_above</c>).</summary>
    /// <value>Default 50 (<see cref="FlagDefaults.MeterLossAbove"/>).</value>
    public double MeterLossAbove { get; init; } = FlagDefaults.MeterLossAbove;

    /// <summary>SG_METER_LOSS is high above this (<c>meter_loss_high_above</c>).</summary>
    /// <value>Default 70 (<see cref="FlagDefaults.MeterLossHighAbove"/>).</value>
    public double MeterLossHighAbove { get; init; } = FlagDefaults.MeterLossHighAbove;

    /// <summary>SG_GROUP_NO_PARTICIPANTS when a group has at least this many sessions cancelled for no participants
    /// in r12 (<c>group_no_participants_min_cancelled</c>).</summary>
    /// <value>Default 3 (<see cref="FlagDefaults.GroupNoParticipantsMinCancelled"/>). Range 1-1000.</value>
    public int GroupNoParticipantsMinCancelled { get; init; } = FlagDefaults.GroupNoParticipantsMinCancelled;

    /// <summary>SG_GROUP_NO_PARTICIPANTS also when every session of a group in this many months ending with the
    /// period was cancelled for no participants (<c>group_no_participants_recent_months</c>).</summary>
    /// <value>Default 3 (<see cref="FlagDefaults.GroupNoParticipantsRecentMonths"/>). Range 1-12.</value>
    public int GroupNoParticipantsRecentMonths { get; init; } = FlagDefaults.GroupNoParticipantsRecentMonths;

    /// <summary>SG_NO_SOCIAL_REHAB needs at least this many active clients in the target group
    /// (<c>no_social_rehab_min_active_clients</c>).</summary>
    /// <value>Default 20 (<see cref="FlagDefaults.NoSocialRehabMinActiveClients"/>). Range 1-100000.</value>
    public int NoSocialRehabMinActiveClients { get; init; } = FlagDefaults.NoSocialRehabMinActiveClients;

    /// <summary>BS_* rules need at least this many people in need in the target group
    /// (<c>blind_spot_min_people_in_need</c>).</summary>
    /// <value>Default 20 (<see cref="FlagDefaults.BlindSpotMinPeopleInNeed"/>). Range 1-100000.</value>
    public int BlindSpotMinPeopleInNeed { get; init; } = FlagDefaults.BlindSpotMinPeopleInNeed;

    /// <summary>BS_LOW_REACH when reach is below this fraction of the county's reach of the group (<c>low_reach_ratio</c>).</summary>
    /// <value>Default 0.5 (<see cref="FlagDefaults.LowReachRatio"/>). Range 0-1 (exclusive of 0).</value>
    public double LowReachRatio { get; init; } = FlagDefaults.LowReachRatio;

    /// <summary>At municipality x target group level an SG share rule also needs the 95 % Wilson interval of the share
    /// to lie wholly beyond the threshold (<c>target_group_requires_interval</c>).</summary>
    /// <value>Default true (<see cref="FlagDefaults.TargetGroupRequiresInterval"/>).</value>
    /// <remarks>A municipality has several target groups and each cell is small, so by chance alone some cell of a
    /// well-run municipality falls below a threshold every month (87 % of 70 against a 90 % standard is not evidence
    /// of a gap). The municipality level keeps the plain rule of the spec (threshold and min_n).</remarks>
    public bool TargetGroupRequiresInterval { get; init; } = FlagDefaults.TargetGroupRequiresInterval;

    /// <summary>Problems with the settings, empty when they are valid (messages name the setting).</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        Check(problems, "min_n", MinN, 1, 10000);
        CheckPair(problems, "assessment_late", AssessmentLateBelow, AssessmentLateHighBelow, below: true);
        CheckPair(problems, "assessment_start_late", AssessmentStartLateBelow, AssessmentStartLateHighBelow, below: true);
        CheckPair(problems, "plan_missing", PlanMissingBelow, PlanMissingHighBelow, below: true);
        CheckPair(problems, "meter_loss", MeterLossAbove, MeterLossHighAbove, below: false);
        Check(problems, "unplanned_closures_above", UnplannedClosuresAbove, 0, 100);
        Check(problems, "unplanned_closures_county_gap", UnplannedClosuresCountyGap, 0, 100);
        Check(problems, "unplanned_closures_min_z", UnplannedClosuresMinZ, 0, 10);
        Check(problems, "group_no_participants_min_cancelled", GroupNoParticipantsMinCancelled, 1, 1000);
        Check(problems, "group_no_participants_recent_months", GroupNoParticipantsRecentMonths, 1, 12);
        Check(problems, "no_social_rehab_min_active_clients", NoSocialRehabMinActiveClients, 1, 100000);
        Check(problems, "blind_spot_min_people_in_need", BlindSpotMinPeopleInNeed, 1, 100000);
        if (!(LowReachRatio > 0 && LowReachRatio <= 1))
        {
            problems.Add(Invariant($"low_reach_ratio = {LowReachRatio} is outside 0 (exclusive)-1."));
        }

        return problems;
    }

    private static void CheckPair(List<string> problems, string rule, double threshold, double high, bool below)
    {
        var (name, highName) = below ? (rule + "_below", rule + "_high_below") : (rule + "_above", rule + "_high_above");
        Check(problems, name, threshold, 0, 100);
        Check(problems, highName, high, 0, 100);
        if (below ? high > threshold : high < threshold)
        {
            problems.Add(Invariant($"{highName} = {high} must be {(below ? "at most" : "at least")} {name} = {threshold}."));
        }
    }

    private static void Check(List<string> problems, string name, double value, double min, double max)
    {
        if (double.IsNaN(value) || value < min || value > max)
        {
            problems.Add(Invariant($"{name} = {value} is outside {min}-{max}."));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
