using System.Collections.Immutable;
using System.Text;

namespace Osmo.Analytics.Ingest;

/// <summary>Binds a header row to a schema by canonical name or Finnish alias.</summary>
/// <remarks>Matching ignores case, surrounding blanks, <c>ä/a ö/o å/a</c> differences and <c>-</c>/<c>_</c>/space,
/// as the data contract says. A duplicated header column binds to its first occurrence; later ones are unknown.</remarks>
public static class HeaderMatcher
{
    /// <summary>Binds <paramref name="header"/> to <paramref name="schema"/>.</summary>
    public static HeaderBinding Bind(EntitySchema schema, IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(header);
        var lookup = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < schema.Columns.Length; c++)
        {
            lookup.TryAdd(Normalize(schema.Columns[c].Name), c);
            lookup.TryAdd(Normalize(schema.Columns[c].FinnishAlias), c);
        }

        var sourceIndex = Enumerable.Repeat(-1, schema.Columns.Length).ToArray();
        var unknown = ImmutableArray.CreateBuilder<string>();
        for (var i = 0; i < header.Count; i++)
        {
            if (lookup.TryGetValue(Normalize(header[i]), out var c) && sourceIndex[c] < 0)
            {
                sourceIndex[c] = i;
            }
            else
            {
                unknown.Add(header[i].Trim());
            }
        }

        var missing = schema.Columns.Where((col, c) => col.IsRequired && sourceIndex[c] < 0).Select(col => col.Name).ToImmutableArray();
        return new HeaderBinding(schema, [.. sourceIndex], unknown.ToImmutable(), missing);
    }

    /// <summary>The comparison form of a header: lower case, no blanks, <c>-</c> or <c>_</c>, <c>ä/å</c> as <c>a</c>, <c>ö</c> as <c>o</c>.</summary>
    public static string Normalize(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var sb = new StringBuilder(header.Length);
        foreach (var ch in header.Trim().TrimStart('\uFEFF'))
        {
            var c = char.ToLowerInvariant(ch);
            switch (c)
            {
                case ' ' or '-' or '_' or '\t' or '\u00A0':
                    continue;
                case 'ä' or 'å' or 'á' or 'à':
                    sb.Append('a');
                    break;
                case 'ö' or 'ø':
                    sb.Append('o');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }
}
