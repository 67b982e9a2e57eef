using System.Collections.Immutable;

namespace Osmo.Analytics.Ingest;

/// <summary>How a file's header maps onto a schema.</summary>
/// <param name="Schema">The schema bound to.</param>
/// <param name="SourceIndex">For each schema column (by index), the file column index, or -1 when absent.</param>
/// <param name="UnknownColumns">Header cells that match no schema column, in file order (ignored, reported).</param>
/// <param name="MissingRequired">Required schema columns the header lacks; non-empty means the file is rejected.</param>
public sealed record HeaderBinding(EntitySchema Schema, ImmutableArray<int> SourceIndex, ImmutableArray<string> UnknownColumns, ImmutableArray<string> MissingRequired)
{
    /// <summary>Whether the file can be read: every required column is present.</summary>
    public bool IsComplete => MissingRequired.IsEmpty;

    /// <summary>The cell of schema column <paramref name="column"/> in a record, or empty when the file lacks the column.</summary>
    public string Cell(string[] cells, int column)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var i = SourceIndex[column];
        return i >= 0 && i < cells.Length ? cells[i] : string.Empty;
    }
}
