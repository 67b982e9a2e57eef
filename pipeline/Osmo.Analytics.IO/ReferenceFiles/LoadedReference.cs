using System.Collections.Immutable;
using Osmo.Analytics.Reference;

namespace Osmo.Analytics.IO.ReferenceFiles;

/// <summary>The result of <see cref="ReferenceLoader.Load"/>: the data and where it came from.</summary>
/// <param name="Data">The reference data of the run.</param>
/// <param name="Files">The files read, in <see cref="ReferenceLoader.FileStems"/> order.</param>
/// <param name="MissingOptional">Stems of optional files found in neither folder (their lists are empty); the run
/// should warn, since indicators that need them cannot be computed.</param>
public sealed record LoadedReference(ReferenceData Data, ImmutableArray<ReferenceFile> Files, ImmutableArray<string> MissingOptional);
