using System.Collections.Immutable;
using Osmo.Analytics.Sample;

namespace Osmo.Analytics.IO.Sinks.Samples;

/// <summary>What <see cref="SampleWriter"/> wrote.</summary>
/// <param name="OutputDirectory">The output folder.</param>
/// <param name="Files">Export and reference files in write order.</param>
/// <param name="Truths">The planted truths (also in <c>sample.json</c> and <c>SAMPLE.md</c>).</param>
public sealed record SampleWriteResult(string OutputDirectory, ImmutableArray<SampleFileInfo> Files, ImmutableArray<PlantedTruth> Truths);
