using Osmo.Analytics.Model;
using Osmo.Analytics.Reference;

namespace Osmo.Analytics.Indicators;

/// <summary>Everything <see cref="IndicatorCalculator.Compute"/> reads: validated (accepted) records, the reference
/// data and the period.</summary>
/// <param name="Period">The period month; any day of it (normalised to the first day).</param>
/// <param name="Reference">Reference data of the run.</param>
/// <param name="Cases">Accepted cases.</param>
/// <param name="Meters">Accepted meter rows.</param>
/// <param name="Sessions">Accepted group sessions.</param>
/// <param name="Attendance">Accepted attendance rows (empty when the optional file is absent).</param>
/// <remarks>Records must be validated: codes resolve in <paramref name="Reference"/> (rows with unknown codes are
/// skipped defensively, never thrown on). Lists are read more than once, hence lists, not streams.</remarks>
public sealed record IndicatorInput(
    DateOnly Period,
    ReferenceData Reference,
    IReadOnlyList<ClientCase> Cases,
    IReadOnlyList<MeterScore> Meters,
    IReadOnlyList<GroupSession> Sessions,
    IReadOnlyList<Attendance> Attendance)
{
    /// <summary>Municipality code -> peer group id from the ML stage (<c>PeerGroupClustering</c>); empty: no peer-group
    /// levels.</summary>
    public IReadOnlyDictionary<string, string> PeerGroups { get; init; } = new Dictionary<string, string>();
}
