namespace Osmo.Analytics.Disclosure;

/// <summary>The columns an indicator row has after disclosure control, shared by <see cref="PublishedIndicator"/>
/// and <see cref="RestrictedIndicator"/> so a sink can lay out both the same way.</summary>
/// <remarks>Sinks accept the concrete types, never this interface, in their public API: that is what keeps an
/// unsuppressed value from reaching a published output.</remarks>
public interface IDisclosedIndicator
{
    /// <summary>First day of the month the window ends in.</summary>
    DateOnly Period { get; }

    /// <summary><c>month</c> or <c>r12</c>.</summary>
    string Window { get; }

    /// <summary>Level name (<c>municipality_x_target_group</c>, <c>municipality</c>, ...).</summary>
    string Level { get; }

    /// <summary>County code, null at <c>all</c> level.</summary>
    string? WellbeingCounty { get; }

    /// <summary>Municipality code at municipality levels, else null.</summary>
    string? MunicipalityCode { get; }

    /// <summary>Target group code at <c>*_x_target_group</c> levels, else null.</summary>
    string? TargetGroup { get; }

    /// <summary>Peer group of a peer-group row, and a municipality row's peer group (<see cref="Indicators.IndicatorValue.PeerGroup"/>).</summary>
    string? PeerGroup { get; }

    /// <summary>Catalog id.</summary>
    string IndicatorId { get; }

    /// <summary>Numerator (the count itself for counts).</summary>
    long? Numerator { get; }

    /// <summary>Denominator, null for counts.</summary>
    long? Denominator { get; }

    /// <summary>The value.</summary>
    double? Value { get; }

    /// <summary>Lower bound of the 95 % interval.</summary>
    double? CiLow { get; }

    /// <summary>Upper bound of the 95 % interval.</summary>
    double? CiHigh { get; }

    /// <summary>Whether the published output suppresses this cell.</summary>
    bool IsSuppressed { get; }

    /// <summary>Unit from the catalog.</summary>
    string Unit { get; }
}
