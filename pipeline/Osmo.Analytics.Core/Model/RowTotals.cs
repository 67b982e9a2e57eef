namespace Osmo.Analytics.Model;

/// <summary>Row counts summed over all export files.</summary>
/// <param name="RowsRead">Data rows read.</param>
/// <param name="RowsAccepted">Rows accepted.</param>
/// <param name="RowsQuarantined">Rows quarantined.</param>
/// <param name="QuarantinedByReason">Every reason code in contract order with its count.</param>
public sealed record RowTotals(long RowsRead, long RowsAccepted, long RowsQuarantined, IReadOnlyDictionary<string, long> QuarantinedByReason)
{
    /// <summary>Sums the export files' reports (reference files have no rows).</summary>
    public static RowTotals Sum(IEnumerable<InputFileReport> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var byReason = QuarantineReasons.All.ToDictionary(r => r.Code(), _ => 0L);
        long read = 0, accepted = 0, quarantined = 0;
        foreach (var f in files)
        {
            read += f.RowsRead;
            accepted += f.RowsAccepted;
            quarantined += f.RowsQuarantined;
            foreach (var (reason, count) in f.QuarantinedByReason)
            {
                byReason[reason] = byReason.GetValueOrDefault(reason) + count;
            }
        }

        return new RowTotals(read, accepted, quarantined, byReason);
    }
}
