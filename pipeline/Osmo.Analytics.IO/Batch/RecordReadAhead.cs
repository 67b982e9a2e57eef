using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Osmo.Analytics.Model;

namespace Osmo.Analytics.IO.Batch;

/// <summary>Reads a source's records on a thread of their own, a few batches ahead of the validator, so that
/// tokenizing and validating one file use two cores.</summary>
/// <remarks>The records come out in file order and the reader's exception (a file that fails part-way) comes out
/// after the records read before it, exactly where the plain enumeration would have thrown it: the consumer sees the
/// same sequence either way. The read-ahead is bounded (<see cref="BatchesAhead"/> batches of <see cref="BatchSize"/>
/// records), and when the consumer stops early the reading thread is stopped and awaited before the enumeration ends,
/// so the source can be disposed right after.</remarks>
public static class RecordReadAhead
{
    private const int BatchSize = 256;
    private const int BatchesAhead = 4;

    /// <summary>The records of <paramref name="records"/>, read ahead on another thread.</summary>
    public static IEnumerable<SourceRecord> Read(IEnumerable<SourceRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return ReadAhead(records);
    }

    private static IEnumerable<SourceRecord> ReadAhead(IEnumerable<SourceRecord> records)
    {
        using var queue = new BlockingCollection<Batch>(BatchesAhead);
        using var stop = new CancellationTokenSource();
        var reading = Task.Factory.StartNew(() => Produce(records, queue, stop.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            foreach (var batch in queue.GetConsumingEnumerable())
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    yield return batch.Records[i];
                }

                batch.Error?.Throw();
            }
        }
        finally
        {
            stop.Cancel();
            reading.Wait();
        }
    }

    private static void Produce(IEnumerable<SourceRecord> records, BlockingCollection<Batch> queue, CancellationToken stop)
    {
        var buffer = new SourceRecord[BatchSize];
        var count = 0;
        try
        {
            foreach (var record in records)
            {
                buffer[count++] = record;
                if (count == BatchSize)
                {
                    queue.Add(new Batch(buffer, count, null), stop);
                    buffer = new SourceRecord[BatchSize];
                    count = 0;
                }
            }

            queue.Add(new Batch(buffer, count, null), stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The consumer stopped early: nothing more is wanted.
        }
        catch (Exception ex)
        {
            try
            {
                queue.Add(new Batch(buffer, count, ExceptionDispatchInfo.Capture(ex)), stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The consumer stopped early and will not read the error either.
            }
        }
        finally
        {
            queue.CompleteAdding();
        }
    }

    private sealed record Batch(SourceRecord[] Records, int Count, ExceptionDispatchInfo? Error);
}
