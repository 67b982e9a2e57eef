namespace Osmo.Analytics.Sample;

/// <summary>One simulated group with its planned sessions. Grain: one group.</summary>
internal sealed class SimGroup
{
    public string Id { get; init; } = string.Empty;
    public string Name { get; init; } = string.Empty;
    public string Type { get; init; } = string.Empty;

    /// <summary>Target group index, or -1 for an open group.</summary>
    public int TargetGroup { get; init; } = -1;

    /// <summary>Members the group draws its participants from.</summary>
    public int RosterSize { get; init; }

    public List<SimSession> Sessions { get; } = [];
}

/// <summary>One planned session of a <see cref="SimGroup"/>.</summary>
internal sealed record SimSession(DateOnly On, string? CancelReason, int Participants, string Location, bool? ExperienceExpert)
{
    public bool IsHeld => CancelReason is null;
}
