namespace Osmo.Analytics.Indicators;

/// <summary>Unit codes written to <see cref="IndicatorValue.Unit"/>. Counts name the thing counted.</summary>
/// <remarks>Disclosure control should treat <see cref="YesNo"/>, <see cref="Point"/> and <see cref="HoursPerWeek"/>
/// as facts about services, not counts of people.</remarks>
public static class IndicatorUnits
{
    /// <summary>Percentage 0-100.</summary>
    public const string Pct = "pct";
    /// <summary>Distinct clients.</summary>
    public const string Client = "client";
    /// <summary>Cases.</summary>
    public const string Case = "case";
    /// <summary>Social rehabilitation decisions.</summary>
    public const string Decision = "decision";
    /// <summary>Per 1,000 residents aged 18-64.</summary>
    public const string Per1000 = "per_1000";
    /// <summary>Days.</summary>
    public const string Days = "days";
    /// <summary>Groups.</summary>
    public const string Group = "group";
    /// <summary>Group sessions.</summary>
    public const string Session = "session";
    /// <summary>Participants per held session (a mean).</summary>
    public const string ParticipantsPerSession = "participants_per_session";
    /// <summary>1 = yes, 0 = no.</summary>
    public const string YesNo = "yes_no";
    /// <summary>Low-threshold points.</summary>
    public const string Point = "point";
    /// <summary>Opening hours per week.</summary>
    public const string HoursPerWeek = "hours_per_week";
    /// <summary>Meter score points (change from baseline).</summary>
    public const string ScorePoints = "score_points";
}
