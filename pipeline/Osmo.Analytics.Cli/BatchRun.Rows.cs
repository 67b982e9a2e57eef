using Osmo.Analytics.Indicators;
using Osmo.Analytics.IO.Batch;
using Osmo.Analytics.Model;
using Osmo.Analytics.Reference;

namespace Osmo.Analytics.Cli;

/// <summary>The accepted rows' hand-off from validation to the indicator stage.</summary>
public static partial class BatchRun
{
    /// <summary>Splits the validated exports into what the rest of the run reports on (files, examples, counts) and the
    /// accepted rows, which only the indicator stage reads.</summary>
    private static (ValidatedExports Exports, AcceptedRows Rows) SplitRows(ValidatedExports validated) =>
        (validated with { Cases = [], Meters = [], Sessions = [], Attendance = [] }, new AcceptedRows(validated));

    /// <summary>Holds the accepted rows until the indicator stage takes them, and then lets go of them.</summary>
    /// <remarks>At national scale the rows are most of the memory the run holds (about 0.8 GB for a million cases and
    /// 4.6 million meter rows), and nothing after the indicator stage reads them. A local variable would keep them alive
    /// to the end of the run (the composition root runs once, so it is not optimised and its locals live as long as the
    /// method), so the only reference sits here and <see cref="Take"/> clears it: the collector reclaims the rows before
    /// the outputs are built.</remarks>
    private sealed class AcceptedRows(ValidatedExports validated)
    {
        private ValidatedExports? _validated = validated;

        /// <summary>The indicator stage's input; the rows can be taken once.</summary>
        public IndicatorInput Take(DateOnly period, ReferenceData reference)
        {
            var rows = _validated ?? throw new InvalidOperationException("The accepted rows have already been taken.");
            _validated = null;
            return new IndicatorInput(period, reference, rows.Cases, rows.Meters, rows.Sessions, rows.Attendance);
        }
    }
}
