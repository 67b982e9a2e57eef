using Osmo.Analytics.Model;

namespace Osmo.Analytics.Validation;

/// <summary>Running counts of one input file: rows read, accepted and quarantined (by reason), and direct
/// identifiers found (by kind). Grain: one input file. Feeds the run manifest and the run summary.</summary>
/// <remarks>Rows read are counted when a row enters validation and the outcome when it leaves, so
/// <see cref="IsBalanced"/> really checks that every row read ended in exactly one place.</remarks>
public sealed class ValidationTally
{
    private readonly long[] _byReason = new long[QuarantineReasons.All.Count];
    private readonly long[] _byKind = new long[IdentifierKinds.All.Count];

    /// <summary>Creates an empty tally for <paramref name="file"/>.</summary>
    public ValidationTally(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        File = file;
    }

    /// <summary>The input file name as listed in the manifest.</summary>
    public string File { get; }

    /// <summary>Data rows that entered validation.</summary>
    public long RowsRead { get; private set; }

    /// <summary>Rows accepted.</summary>
    public long RowsAccepted { get; private set; }

    /// <summary>Rows quarantined, all reasons.</summary>
    public long RowsQuarantined { get; private set; }

    /// <summary>Direct identifiers found, all kinds (a row may hold several).</summary>
    public long IdentifiersFoundTotal { get; private set; }

    /// <summary>Quarantined rows per reason, every reason listed in precedence order (zeros included).</summary>
    public IReadOnlyList<KeyValuePair<QuarantineReason, long>> QuarantinedByReason =>
        [.. QuarantineReasons.All.Select(r => KeyValuePair.Create(r, _byReason[(int)r]))];

    /// <summary>Rows quarantined for <paramref name="reason"/>.</summary>
    public long Quarantined(QuarantineReason reason) => _byReason[(int)reason];

    /// <summary>Identifiers of <paramref name="kind"/> found in the file's cells.</summary>
    public long IdentifiersFound(IdentifierKind kind) => _byKind[(int)kind];

    /// <summary>The invariant: <c>rows_read = rows_accepted + rows_quarantined</c>, and the per-reason counts add up
    /// to <c>rows_quarantined</c>.</summary>
    public bool IsBalanced => RowsRead == RowsAccepted + RowsQuarantined && _byReason.Sum() == RowsQuarantined;

    /// <summary>Throws when <see cref="IsBalanced"/> is false: a row was lost or counted twice, which is a bug.</summary>
    /// <exception cref="InvalidOperationException">The counts do not add up.</exception>
    public void EnsureBalanced()
    {
        if (!IsBalanced)
        {
            throw new InvalidOperationException(
                $"{File}: rows_read {RowsRead} != rows_accepted {RowsAccepted} + rows_quarantined {RowsQuarantined} (by reason {_byReason.Sum()}).");
        }
    }

    /// <summary>Counts a row entering validation.</summary>
    public void RecordRead() => RowsRead++;

    /// <summary>Counts an accepted row.</summary>
    public void RecordAccepted() => RowsAccepted++;

    /// <summary>Counts a quarantined row.</summary>
    public void RecordQuarantined(QuarantineReason reason)
    {
        RowsQuarantined++;
        _byReason[(int)reason]++;
    }

    /// <summary>Counts one identifier found.</summary>
    public void RecordIdentifier(IdentifierKind kind)
    {
        IdentifiersFoundTotal++;
        _byKind[(int)kind]++;
    }
}
