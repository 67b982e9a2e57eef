using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Disclosure;

/// <summary>An indicator value that passed disclosure control and may be published (reports, Excel, default Parquet).
/// Grain: as <see cref="IndicatorValue"/>, one row per period x window x level x level keys x indicator.</summary>
/// <remarks>
/// Only <see cref="IndicatorDisclosure.Suppress(IReadOnlyList{IndicatorValue}, DisclosureOptions)"/> creates one:
/// the constructor is internal and the properties have no setters, so <c>with</c> cannot put a number back.
/// Three states: a shown value (<see cref="IsSuppressed"/> false, <see cref="Value"/> set); suppressed
/// (<see cref="IsSuppressed"/> true, every number null: reports show <c>&lt;5</c>); no data
/// (<see cref="IsNoData"/>: not suppressed, value null, e.g. a share over a zero denominator).
/// </remarks>
public sealed record PublishedIndicator : IDisclosedIndicator
{
    internal PublishedIndicator(IndicatorValue source, bool isSuppressed)
    {
        Period = source.Period;
        Window = source.Window;
        Level = source.Level;
        WellbeingCounty = source.WellbeingCounty;
        MunicipalityCode = source.MunicipalityCode;
        TargetGroup = source.TargetGroup;
        PeerGroup = source.PeerGroup;
        IndicatorId = source.IndicatorId;
        Unit = source.Unit;
        IsSuppressed = isSuppressed;
        if (!isSuppressed)
        {
            Numerator = source.Numerator;
            Denominator = source.Denominator;
            Value = source.Value;
            CiLow = source.CiLow;
            CiHigh = source.CiHigh;
        }
    }

    /// <inheritdoc/>
    public DateOnly Period { get; }

    /// <inheritdoc/>
    public string Window { get; }

    /// <inheritdoc/>
    public string Level { get; }

    /// <inheritdoc/>
    public string? WellbeingCounty { get; }

    /// <inheritdoc/>
    public string? MunicipalityCode { get; }

    /// <inheritdoc/>
    public string? TargetGroup { get; }

    /// <inheritdoc/>
    public string? PeerGroup { get; }

    /// <inheritdoc/>
    public string IndicatorId { get; }

    /// <summary>Numerator, null when suppressed.</summary>
    public long? Numerator { get; }

    /// <summary>Denominator, null for counts and when suppressed.</summary>
    public long? Denominator { get; }

    /// <summary>The value, null when suppressed or when there is no data.</summary>
    public double? Value { get; }

    /// <summary>Lower bound of the 95 % interval, null when suppressed.</summary>
    public double? CiLow { get; }

    /// <summary>Upper bound of the 95 % interval, null when suppressed.</summary>
    public double? CiHigh { get; }

    /// <summary>Whether the cell is suppressed (its numbers are null).</summary>
    public bool IsSuppressed { get; }

    /// <summary>Not suppressed but without a value (a share over zero cases, nothing to measure).</summary>
    public bool IsNoData => !IsSuppressed && Value is null;

    /// <inheritdoc/>
    public string Unit { get; }
}
