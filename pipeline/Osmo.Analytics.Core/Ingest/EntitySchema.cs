using System.Collections.Immutable;
using Osmo.Analytics.Model;

namespace Osmo.Analytics.Ingest;

/// <summary>The columns of one export file kind, in contract order.</summary>
/// <param name="Kind">The export kind.</param>
/// <param name="FileStem">File name without extension (<c>cases</c>).</param>
/// <param name="Columns">Columns in contract order; validators address them by index into this list.</param>
public sealed record EntitySchema(SourceKind Kind, string FileStem, ImmutableArray<ColumnSpec> Columns)
{
    /// <summary>Index of a canonical column name in <see cref="Columns"/>.</summary>
    public int IndexOf(string name)
    {
        for (var i = 0; i < Columns.Length; i++)
        {
            if (string.Equals(Columns[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"No column '{name}' in {FileStem}.", nameof(name));
    }
}
