using System.Collections.Immutable;

namespace Osmo.Analytics.Reference;

/// <summary>A low-threshold service point (matalan kynnyksen piste) of the reference file <c>low_threshold_points</c>.</summary>
/// <param name="PointId">Identifier of the point.</param>
/// <param name="MunicipalityCode">Municipality code.</param>
/// <param name="Name">Name of the point.</param>
/// <param name="Kind">Free kind code (e.g. <c>drop_in</c>, <c>mobile</c>).</param>
/// <param name="Serves">Target group codes it serves.</param>
/// <param name="HoursPerWeek">Opening hours per week.</param>
/// <param name="ActiveFrom">First active day.</param>
/// <param name="ActiveTo">Last active day, or null while active.</param>
public sealed record LowThresholdPoint(string PointId, string MunicipalityCode, string Name, string Kind, ImmutableArray<string> Serves, double HoursPerWeek, DateOnly ActiveFrom, DateOnly? ActiveTo)
{
    /// <summary>Active at <paramref name="day"/>: <c>active_from &lt;= day</c> and (<c>active_to</c> empty or <c>&gt;= day</c>).</summary>
    public bool IsActiveOn(DateOnly day) => ActiveFrom <= day && (ActiveTo is null || ActiveTo >= day);
}
