namespace Osmo.Analytics.Sample;

/// <summary>One simulated case before it is formatted as an export row. Grain: one case.</summary>
internal sealed class SimCase
{
    public string CaseId { get; set; } = string.Empty;
    public string ClientId { get; set; } = string.Empty;
    public bool IsFirstCaseOfClient { get; set; }
    public int Group { get; set; }
    public string AgeBand { get; set; } = string.Empty;
    public DateOnly OpenedOn { get; set; }
    public string Channel { get; set; } = "office";
    public bool? SpecialSupportNeed { get; set; }
    public DateOnly? AssessmentStartedOn { get; set; }
    public DateOnly? AssessmentCompletedOn { get; set; }
    public DateOnly? ClientPlanOn { get; set; }
    public DateOnly? SocialRehabDecidedOn { get; set; }
    public string Services { get; set; } = string.Empty;
    public bool? ExperienceExpert { get; set; }
    public int? ParticipationLevel { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public string? ClosureReason { get; set; }

    /// <summary>Active on <paramref name="day"/>: opened on or before it and not closed before it.</summary>
    public bool IsActiveOn(DateOnly day) => OpenedOn <= day && (ClosedOn is null || ClosedOn >= day);
}
