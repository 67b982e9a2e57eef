using System.Collections.Immutable;
using Osmo.Analytics.Model;

namespace Osmo.Analytics.IO.Sources;

/// <summary>What <see cref="InputFolder.Discover"/> found in an input folder.</summary>
/// <param name="Directory">Full path of the input folder.</param>
/// <param name="Files">The exports found, in <see cref="SourceKind"/> order; at most one per kind.</param>
/// <param name="ReferenceDirectory">Full path of its <c>reference/</c> subfolder, or null when there is none.</param>
/// <param name="Ignored">Other files and folders, by name, with the reason they are not read.</param>
public sealed record InputFolderContents(string Directory, ImmutableArray<InputFile> Files, string? ReferenceDirectory, ImmutableArray<IgnoredInputFile> Ignored)
{
    /// <summary>The export of <paramref name="kind"/>, or null when the folder has none.</summary>
    public InputFile? Find(SourceKind kind)
    {
        foreach (var file in Files)
        {
            if (file.Kind == kind)
            {
                return file;
            }
        }

        return null;
    }
}
