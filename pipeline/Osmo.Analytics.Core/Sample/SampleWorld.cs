using System.Collections.Immutable;
using Osmo.Analytics.Reference;

namespace Osmo.Analytics.Sample;

/// <summary>Everything fixed before rows are simulated: options, reference data, per-municipality plans, planted truths.</summary>
internal sealed record SampleWorld(
    SampleOptions Options,
    ReferenceData Reference,
    ImmutableArray<MunicipalityPlan> Plans,
    ImmutableArray<PlantedTruth> Truths);
