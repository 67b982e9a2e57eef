using Osmo.Analytics.Flags;
using Osmo.Analytics.Model;
using Osmo.Analytics.Reference;

namespace Osmo.Analytics.Disclosure;

/// <summary>Everything a published output (reports, Excel, default Parquet) may show about one run: only
/// disclosure-controlled values. The types of its members can only be made by the Disclosure stage, so a
/// published writer cannot be handed an unsuppressed number.</summary>
/// <param name="Period">First day of the reported month.</param>
/// <param name="RunId">Run id.</param>
/// <param name="PipelineVersion">Pipeline version.</param>
/// <param name="CatalogVersion">Indicator catalog version.</param>
/// <param name="Indicators">Published indicator values (24 months + r12, every level).</param>
/// <param name="MeterChanges">Published meter changes.</param>
/// <param name="GroupActivities">Published group activity rows.</param>
/// <param name="Flags">Flags, whose evidence quotes published values only.</param>
/// <param name="PeerGroups">Peer group id of each municipality code (empty when peer groups are off).</param>
/// <param name="Reference">Reference data (municipality names, counties, target groups, services, meters).</param>
/// <param name="Inputs">Per-file data-quality reports.</param>
/// <param name="HasAttendance">Whether an attendance export was given (else distinct participants are unknown).</param>
/// <param name="MinimumCellCount">The disclosure threshold in force (for the suppression note).</param>
public sealed record PublishedResults(
    DateOnly Period,
    string RunId,
    string PipelineVersion,
    string CatalogVersion,
    IReadOnlyList<PublishedIndicator> Indicators,
    IReadOnlyList<PublishedMeterChange> MeterChanges,
    IReadOnlyList<PublishedGroupActivity> GroupActivities,
    IReadOnlyList<Flag> Flags,
    IReadOnlyDictionary<string, string> PeerGroups,
    ReferenceData Reference,
    IReadOnlyList<InputFileReport> Inputs,
    bool HasAttendance,
    int MinimumCellCount);
