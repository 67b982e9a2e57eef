using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Disclosure;

/// <summary>A <see cref="MeterChange"/> after disclosure control. Grain as <see cref="MeterChange"/>. Only
/// <see cref="TableDisclosure"/> creates it, so published sinks cannot be fed an unsuppressed row.</summary>
/// <remarks>A row is one cell (<see cref="TableDisclosure.Suppress(IReadOnlyList{MeterChange}, DisclosureOptions)"/>):
/// n, mean, SD, interval, improved count and share are hidden together, by the primary rule (n, improved or its
/// complement small) or as a secondary partner; <see cref="IsImprovedSuppressed"/> then equals <see cref="IsSuppressed"/>.</remarks>
public sealed record PublishedMeterChange
{
    internal PublishedMeterChange(MeterChange source, bool meanSuppressed, bool improvedSuppressed)
    {
        Period = source.Period;
        Window = source.Window;
        Level = source.Level;
        WellbeingCounty = source.WellbeingCounty;
        MunicipalityCode = source.MunicipalityCode;
        TargetGroup = source.TargetGroup;
        Meter = source.Meter;
        Domain = source.Domain;
        IsSuppressed = meanSuppressed;
        IsImprovedSuppressed = improvedSuppressed;
        N = meanSuppressed ? null : source.N;
        MeanChange = meanSuppressed ? null : source.MeanChange;
        Sd = meanSuppressed ? null : source.Sd;
        CiLow = meanSuppressed ? null : source.CiLow;
        CiHigh = meanSuppressed ? null : source.CiHigh;
        ImprovedN = improvedSuppressed ? null : source.ImprovedN;
        ImprovedPct = improvedSuppressed ? null : source.ImprovedPct;
        ImprovedCiLow = improvedSuppressed ? null : source.ImprovedCiLow;
        ImprovedCiHigh = improvedSuppressed ? null : source.ImprovedCiHigh;
    }

    /// <summary>First day of the window's end month.</summary>
    public DateOnly Period { get; }

    /// <summary><c>month</c> or <c>r12</c>.</summary>
    public string Window { get; }

    /// <summary>Level name.</summary>
    public string Level { get; }

    /// <summary>County code, null at <c>all</c> level.</summary>
    public string? WellbeingCounty { get; }

    /// <summary>Municipality code at municipality levels.</summary>
    public string? MunicipalityCode { get; }

    /// <summary>Target group at <c>*_x_target_group</c> levels.</summary>
    public string? TargetGroup { get; }

    /// <summary>Meter code.</summary>
    public string Meter { get; }

    /// <summary>Domain code.</summary>
    public string Domain { get; }

    /// <summary>Whether n, mean, SD and interval are hidden.</summary>
    public bool IsSuppressed { get; }

    /// <summary>Whether the improved count and share are hidden.</summary>
    public bool IsImprovedSuppressed { get; }

    /// <summary>Clients with a baseline and a follow-up; null when suppressed.</summary>
    public long? N { get; }

    /// <summary>Mean change, positive = better; null when suppressed.</summary>
    public double? MeanChange { get; }

    /// <summary>Standard deviation of the change.</summary>
    public double? Sd { get; }

    /// <summary>Lower bound of the 95 % t interval.</summary>
    public double? CiLow { get; }

    /// <summary>Upper bound of the 95 % t interval.</summary>
    public double? CiHigh { get; }

    /// <summary>Clients whose change is positive.</summary>
    public long? ImprovedN { get; }

    /// <summary>Share of clients whose change is positive, 0-100.</summary>
    public double? ImprovedPct { get; }

    /// <summary>Lower bound of the Wilson interval of <see cref="ImprovedPct"/>.</summary>
    public double? ImprovedCiLow { get; }

    /// <summary>Upper bound of the Wilson interval of <see cref="ImprovedPct"/>.</summary>
    public double? ImprovedCiHigh { get; }
}
