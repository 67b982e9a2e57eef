using System.Collections.Frozen;

namespace Osmo.Analytics.Validation;

/// <summary>A closed code list matched case-insensitively; a match returns the list's own string instance, so
/// millions of validated records share a handful of code strings.</summary>
internal sealed class CodeSet
{
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public CodeSet(IEnumerable<string> codes)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in codes)
        {
            map.TryAdd(code, code);
        }

        _lookup = map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        // Long reference lists are not spelled out in every detail.
        Expected = map.Count <= 10 ? string.Join(", ", map.Keys) : null;
    }

    /// <summary>The codes, comma-separated, for details ("expected ..."); null for lists longer than ten.</summary>
    public string? Expected { get; }

    /// <summary>The canonical code for a trimmed cell, or null when the cell is not in the list.</summary>
    public string? Find(ReadOnlySpan<char> text) => _lookup.TryGetValue(text, out var code) ? code : null;
}
