namespace Osmo.Analytics.Flags;

/// <summary>A flag found at the period, before persistence and action texts are added.</summary>
internal sealed record FlagDraft(string Rule, CellKey Cell, string Severity, Localized Evidence)
{
    public string? GroupIds { get; init; }

    public string? IndicatorId { get; init; }

    public double? Value { get; init; }

    public string? ComparatorKind { get; init; }

    public double? ComparatorValue { get; init; }

    public long? N { get; init; }

    public string? Statistic { get; init; }

    public string? PeerGroupId { get; init; }

    public double? PeerGroupValue { get; init; }

    /// <summary>Placeholder texts for the action template beyond the ones every flag has (value, comparator...).</summary>
    public IReadOnlyDictionary<string, Localized> Placeholders { get; init; } = new Dictionary<string, Localized>();

    /// <summary>Whether the rule held for the same keys in the r12 equivalent ending at trend month m (0-22);
    /// null when that month cannot be judged. Null delegate: persistence is the period only.</summary>
    public Func<int, bool?>? HoldsAt { get; init; }
}
