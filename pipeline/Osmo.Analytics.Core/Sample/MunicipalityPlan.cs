using Osmo.Analytics.Reference;

namespace Osmo.Analytics.Sample;

/// <summary>What the simulators generate for one municipality. Grain: one municipality.</summary>
/// <param name="Index">Position in the world (0-based); part of every generated identifier.</param>
/// <param name="Municipality">Reference row.</param>
/// <param name="Gaps">Planted gaps.</param>
/// <param name="CasesByGroup">Cases to generate per target group (index as in <see cref="CodeCatalog.TargetGroups"/>).</param>
/// <param name="LowReachGroup">Target group given few cases and no outreach / low-threshold first contact, or -1.</param>
/// <param name="NoRehabGroup">Target group given no social rehabilitation decision, or -1.</param>
/// <param name="UsesExperienceExperts">Whether an experience-expert structure is active at the window end.</param>
internal sealed record MunicipalityPlan(
    int Index,
    Municipality Municipality,
    MunicipalityGaps Gaps,
    int[] CasesByGroup,
    int LowReachGroup,
    int NoRehabGroup,
    bool UsesExperienceExperts)
{
    /// <summary>Whether the plan has gap <paramref name="gap"/>.</summary>
    public bool Has(MunicipalityGaps gap) => (Gaps & gap) == gap;

    /// <summary>Identifier prefix number, 1-based.</summary>
    public int Number => Index + 1;
}
