using System.Collections.Immutable;
using Osmo.Analytics.Ingest;
using Osmo.Analytics.Model;

namespace Osmo.Analytics.IO.Sources;

/// <summary>Finds the exports in an input folder by file name.</summary>
/// <remarks>An export is <c>&lt;stem&gt;.csv</c> or <c>&lt;stem&gt;.xlsx</c> where the stem is one of the schema stems
/// (<c>cases</c>, <c>meters</c>, <c>group_sessions</c>, <c>group_attendance</c>), compared case-insensitively
/// (<c>Cases.CSV</c> counts). Both a CSV and an XLSX for one stem is an error: which one is meant cannot be guessed.
/// Whether a kind is required is the caller's decision (attendance is optional). Subfolders other than
/// <c>reference</c> and all other files are listed as ignored, not read. The search is not recursive.</remarks>
public static class InputFolder
{
    /// <summary>The name of the reference override subfolder (matched case-insensitively).</summary>
    public const string ReferenceFolderName = "reference";

    /// <summary>Lists the exports in <paramref name="directory"/>.</summary>
    /// <exception cref="SourceFileException">The folder does not exist or cannot be listed, or one stem has both a
    /// CSV and an XLSX file.</exception>
    public static InputFolderContents Discover(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var full = Path.GetFullPath(directory);
        if (!Directory.Exists(full))
        {
            throw new SourceFileException(full, $"Input folder '{directory}' does not exist ({full}).");
        }

        string[] entries;
        string[] folders;
        try
        {
            entries = Directory.GetFiles(full);
            folders = Directory.GetDirectories(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SourceFileException(full, $"Input folder '{directory}' cannot be listed: {e.Message}", e);
        }

        // Ordinal order: the same folder gives the same listing on every machine.
        Array.Sort(entries, StringComparer.Ordinal);
        Array.Sort(folders, StringComparer.Ordinal);
        var found = new Dictionary<SourceKind, string>();
        var ignored = ImmutableArray.CreateBuilder<IgnoredInputFile>();
        foreach (var path in entries)
        {
            var name = Path.GetFileName(path);
            var kind = KindOf(Path.GetFileNameWithoutExtension(path));
            var extension = Path.GetExtension(path);
            var readable = extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) || extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase);
            if (kind is null || !readable)
            {
                ignored.Add(new IgnoredInputFile(name, kind is null ? "not an export file name" : NotReadable(extension)));
                continue;
            }

            if (found.TryGetValue(kind.Value, out var other))
            {
                throw new SourceFileException(full,
                    $"Input folder '{directory}' has both '{Path.GetFileName(other)}' and '{name}' for the {EntitySchemas.For(kind.Value).FileStem} export; remove one of them.");
            }

            found[kind.Value] = path;
        }

        string? reference = null;
        foreach (var folder in folders)
        {
            var name = Path.GetFileName(folder);
            if (reference is null && name.Equals(ReferenceFolderName, StringComparison.OrdinalIgnoreCase))
            {
                reference = folder;
            }
            else
            {
                ignored.Add(new IgnoredInputFile(name + "/", "a folder other than reference/"));
            }
        }

        var files = found.OrderBy(f => f.Key).Select(f => new InputFile(f.Key, f.Value)).ToImmutableArray();
        return new InputFolderContents(full, files, reference, ignored.ToImmutable());
    }

    private static SourceKind? KindOf(string stem)
    {
        foreach (var schema in EntitySchemas.All)
        {
            if (stem.Equals(schema.FileStem, StringComparison.OrdinalIgnoreCase))
            {
                return schema.Kind;
            }
        }

        return null;
    }

    private static string NotReadable(string extension) => extension.ToUpperInvariant() switch
    {
        ".XLS" => "old Excel 97-2003 format: save it as .xlsx or CSV",
        ".XLSM" or ".XLSB" => "macro or binary workbook: save it as .xlsx or CSV",
        _ => "an export name, but neither .csv nor .xlsx",
    };
}
