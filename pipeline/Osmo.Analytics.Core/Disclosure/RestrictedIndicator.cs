using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Disclosure;

/// <summary>An unsuppressed indicator value for the <c>--restricted</c> output only (Parquet under
/// <c>restricted/</c>); never for reports or Excel. Grain: as <see cref="IndicatorValue"/>.</summary>
/// <remarks>Created only by <see cref="IndicatorDisclosure.Restrict(IReadOnlyList{IndicatorValue}, DisclosureOptions)"/>,
/// so writing one is an explicit choice. <see cref="IsSuppressed"/> tells whether the published output hides the
/// cell; the numbers are always the computed ones.</remarks>
public sealed record RestrictedIndicator : IDisclosedIndicator
{
    internal RestrictedIndicator(IndicatorValue source, bool isSuppressed)
    {
        Source = source;
        IsSuppressed = isSuppressed;
    }

    /// <summary>The computed value, unsuppressed.</summary>
    public IndicatorValue Source { get; }

    /// <summary>Whether the published output suppresses this cell (the numbers here are shown regardless).</summary>
    public bool IsSuppressed { get; }

    /// <inheritdoc/>
    public DateOnly Period => Source.Period;

    /// <inheritdoc/>
    public string Window => Source.Window;

    /// <inheritdoc/>
    public string Level => Source.Level;

    /// <inheritdoc/>
    public string? WellbeingCounty => Source.WellbeingCounty;

    /// <inheritdoc/>
    public string? MunicipalityCode => Source.MunicipalityCode;

    /// <inheritdoc/>
    public string? TargetGroup => Source.TargetGroup;

    /// <inheritdoc/>
    public string? PeerGroup => Source.PeerGroup;

    /// <inheritdoc/>
    public string IndicatorId => Source.IndicatorId;

    /// <inheritdoc/>
    public long? Numerator => Source.Numerator;

    /// <inheritdoc/>
    public long? Denominator => Source.Denominator;

    /// <inheritdoc/>
    public double? Value => Source.Value;

    /// <inheritdoc/>
    public double? CiLow => Source.CiLow;

    /// <inheritdoc/>
    public double? CiHigh => Source.CiHigh;

    /// <inheritdoc/>
    public string Unit => Source.Unit;
}
