using Osmo.Analytics.IO.Batch;
using Osmo.Analytics.Model;

namespace Osmo.Analytics.IO.Tests.Batch;

[TestClass]
public sealed class RecordReadAheadTests
{
    // More records than one batch (256) and several batches ahead (4), so hand-overs are exercised.
    private const int Many = 3000;

    [TestMethod]
    public void Read_ManyRecords_ComeOutInFileOrder()
    {
        var lines = RecordReadAhead.Read(Records(Many)).Select(r => r.Line).ToList();

        lines.Should().Equal(Enumerable.Range(2, Many));
    }

    [TestMethod]
    public void Read_SourceFailsPartWay_ThrowsAfterTheRecordsReadBeforeTheFailure()
    {
        var seen = new List<int>();

        var act = () =>
        {
            foreach (var record in RecordReadAhead.Read(Failing(after: 1000)))
            {
                seen.Add(record.Line);
            }
        };

        act.Should().Throw<InvalidDataException>().WithMessage("broken at record 1001");
        seen.Should().Equal(Enumerable.Range(2, 1000));
    }

    [TestMethod]
    public void Read_ConsumerStopsEarly_StopsTheReaderBeforeReturning()
    {
        var source = new CountingSource(Many);

        var first = RecordReadAhead.Read(source).Take(10).Select(r => r.Line).ToList();

        first.Should().Equal(Enumerable.Range(2, 10));
        source.IsFinished.Should().BeTrue("the reading thread has left the source when the enumeration ends");
        source.Read.Should().BeLessThan(Many, "the read-ahead is bounded");
    }

    [TestMethod]
    public void Read_EmptySource_GivesNothing()
    {
        RecordReadAhead.Read([]).Should().BeEmpty();
    }

    private static IEnumerable<SourceRecord> Records(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return new SourceRecord(i + 2, ["x"]);
        }
    }

    private static IEnumerable<SourceRecord> Failing(int after)
    {
        foreach (var record in Records(after))
        {
            yield return record;
        }

        throw new InvalidDataException($"broken at record {after + 1}");
    }

    private sealed class CountingSource(int count) : IEnumerable<SourceRecord>
    {
        private int _read;
        private int _finished;

        public int Read => Volatile.Read(ref _read);

        public bool IsFinished => Volatile.Read(ref _finished) == 1;

        public IEnumerator<SourceRecord> GetEnumerator()
        {
            try
            {
                foreach (var record in Records(count))
                {
                    Interlocked.Increment(ref _read);
                    yield return record;
                }
            }
            finally
            {
                Volatile.Write(ref _finished, 1);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
