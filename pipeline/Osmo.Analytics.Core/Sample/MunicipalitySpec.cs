using Osmo.Analytics.Reference;

namespace Osmo.Analytics.Sample;

/// <summary>Input of <see cref="WorldBuilder"/> for one municipality: its reference row and the gaps to plant.</summary>
/// <param name="Municipality">Reference row.</param>
/// <param name="Gaps">Municipality-wide gaps.</param>
/// <param name="UnreachedGroup">Target group with need but no cases at all, or -1.</param>
/// <param name="LowReachGroup">Target group with few cases and no outreach / low-threshold contact, or -1.</param>
/// <param name="NoRehabGroup">Target group with no social rehabilitation decisions, or -1.</param>
/// <param name="NeedFactor">Multiplier of <see cref="CodeCatalog.NeedRate"/> per target group.</param>
internal sealed record MunicipalitySpec(
    Municipality Municipality,
    MunicipalityGaps Gaps,
    int UnreachedGroup,
    int LowReachGroup,
    int NoRehabGroup,
    double[] NeedFactor);
