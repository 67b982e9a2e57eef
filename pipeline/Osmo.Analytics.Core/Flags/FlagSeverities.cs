namespace Osmo.Analytics.Flags;

/// <summary>Severity codes of <see cref="Flag.Severity"/>, most severe first.</summary>
public static class FlagSeverities
{
    /// <summary>High.</summary>
    public const string High = "high";

    /// <summary>Medium.</summary>
    public const string Medium = "medium";

    /// <summary>Informational (ML outliers).</summary>
    public const string Info = "info";

    /// <summary>Sort rank: 0 for high, 1 medium, 2 info.</summary>
    public static int Rank(string severity) => severity switch
    {
        High => 0,
        Medium => 1,
        Info => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown severity."),
    };
}
