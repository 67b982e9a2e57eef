namespace Osmo.Analytics.Reference;

/// <summary>A client participation structure of a municipality (reference file <c>participation_structures</c>).</summary>
/// <param name="MunicipalityCode">Municipality code.</param>
/// <param name="Structure"><c>client_panel</c>, <c>developer_clients</c> or <c>experience_experts</c>.</param>
/// <param name="ActiveFrom">First active day.</param>
/// <param name="ActiveTo">Last active day, or null while active.</param>
public sealed record ParticipationStructure(string MunicipalityCode, string Structure, DateOnly ActiveFrom, DateOnly? ActiveTo)
{
    /// <summary>Active at <paramref name="day"/>.</summary>
    public bool IsActiveOn(DateOnly day) => ActiveFrom <= day && (ActiveTo is null || ActiveTo >= day);
}
