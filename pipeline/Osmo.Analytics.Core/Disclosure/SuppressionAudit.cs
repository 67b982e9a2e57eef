using System.Runtime.ExceptionServices;

namespace Osmo.Analytics.Disclosure;

/// <summary>Plays the attacker on the suppression pattern: for each connected set of suppressed cells, the range of every
/// suppressed positive count given the published counts, all margin equations and non-negativity.</summary>
/// <remarks>
/// A count is <em>disclosed</em> when its range is one integer, or lies within 1..threshold-1 (the attacker learns
/// it is a small count without it being shown). Cells are connected when they share a group. Each component
/// (count or numerator, denominator, complement) is solved as its own system <c>A x = b, x &gt;= 0</c> over the
/// set's suppressed positive cells, with one equation per group the set touches (<see cref="AuditWorker"/>): exactly
/// by augmenting paths when the equations form a network (<see cref="NetworkBounds"/>: the margins of one table, of
/// any size), else by the simplex (<see cref="BoundsSolver"/>: systems with months within r12).
/// The right-hand sides come from the true values, so the truth is always a solution. A group whose true values do not
/// add up (distinct counts: clients in two target groups, sessions without one) is an inequality on the side the truth
/// lies (<see cref="AuditSystem"/>): as if the attacker knew which way the count is off, but not by how much; taken
/// as an exact equation it would "pin" a total over zero parts that nobody can work out, and chasing partners for it
/// hid whole national tables. Suppressed zeros count as known (a zero is public information).
/// <para>Only sets that changed are audited again: after the first round, the sets around the rows marked since the
/// last round; a set that passed is remembered by its first row and size (sets only grow). Sets are independent, so
/// they are audited in parallel, and the partners are taken in set order: the result does not depend on the number
/// of cores.</para>
/// <para>Conservative fallback: a system that is no network and too big for the simplex is not solved; the positive
/// cells around it are suppressed instead (<see cref="AuditWorker.FindPartners"/>).</para>
/// Limits, both for time (docs/disclosure.md): a share's three systems are solved apart, without
/// <c>denominator = numerator + complement</c> tying them (the test attacker uses it, and finds nothing more); and a
/// set of more than <see cref="MaxSetRows"/> rows (months tie a county's monthly tables to their r12 table) is solved
/// table by table without the month equations, which are then guarded by the subtraction rule only.
/// </remarks>
internal sealed partial class SuppressionAudit
{
    /// <summary>Largest connected set (in suppressed rows) solved whole with its month equations; larger ones are
    /// solved table by table.</summary>
    public const int MaxSetRows = 400;

    private readonly MarginTable _table;
    private readonly HashSet<(int First, int Count, bool WithMonths)> _passed = [];
    private readonly AuditWorker[] _workers;
    private readonly int[] _rowStamp;
    private readonly int[] _groupStamp;
    private int _stamp;

    /// <summary>Creates an audit over one table, with one worker per core (at most <paramref name="maxWorkers"/>).</summary>
    public SuppressionAudit(MarginTable table, int minimumCellCount, int maxWorkers)
    {
        _table = table;
        _rowStamp = new int[table.RowCount];
        _groupStamp = new int[table.GroupCount];
        _workers = new AuditWorker[Math.Clamp(Math.Min(Environment.ProcessorCount, maxWorkers), 1, 64)];
        for (var w = 0; w < _workers.Length; w++)
        {
            _workers[w] = new AuditWorker(this, table, minimumCellCount);
        }
    }

    /// <summary>New partners to suppress for the connected sets around <paramref name="changed"/> that disclose a
    /// count (<see cref="AuditWorker.FindPartners"/>), in set order; empty when none does.</summary>
    /// <param name="suppressed">The current marks (not changed here).</param>
    /// <param name="changed">Rows marked since the last call (all suppressed rows on the first).</param>
    public List<int> FindPartners(bool[] suppressed, IReadOnlyList<int> changed)
    {
        var items = new List<(int[] Rows, bool WithMonths)>();
        foreach (var set in SetsAround(changed, suppressed, joinMonths: true))
        {
            if (set.Length <= MaxSetRows)
            {
                Add(set, true);
                continue;
            }

            // Too big to solve whole (months tie a county's tables of a year together): solve each table (one period,
            // window and indicator) on its own, without the month equations.
            foreach (var table in SetsAround(set, suppressed, joinMonths: false))
            {
                Add(table, false);
            }
        }

        var partners = Run(items, suppressed);
        var found = new List<int>();
        for (var i = 0; i < items.Count; i++)
        {
            if (partners[i].Count > 0)
            {
                found.AddRange(partners[i]);
            }
            else
            {
                // A set that passed (or could not be helped) stays so until it grows.
                _passed.Add((items[i].Rows[0], items[i].Rows.Length, items[i].WithMonths));
            }
        }

        return found;

        void Add(int[] rows, bool withMonths)
        {
            if (!_passed.Contains((rows[0], rows.Length, withMonths)))
            {
                items.Add((rows, withMonths));
            }
        }
    }

    private List<int>[] Run(List<(int[] Rows, bool WithMonths)> items, bool[] suppressed)
    {
        var partners = new List<int>[items.Count];
        for (var i = 0; i < partners.Length; i++)
        {
            partners[i] = [];
        }

        if (_workers.Length == 1 || items.Count < 2)
        {
            for (var i = 0; i < items.Count; i++)
            {
                _workers[0].FindPartners(items[i].Rows, items[i].WithMonths, suppressed, partners[i]);
            }

            return partners;
        }

        // Largest sets first, so that no core is left with a big one at the end; each answer goes to its own slot.
        var order = new int[items.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => items[b].Rows.Length != items[a].Rows.Length ? items[b].Rows.Length.CompareTo(items[a].Rows.Length) : a.CompareTo(b));
        var next = -1;
        try
        {
            Parallel.For(0, _workers.Length, new ParallelOptions { MaxDegreeOfParallelism = _workers.Length }, w =>
            {
                int k;
                while ((k = Interlocked.Increment(ref next)) < order.Length)
                {
                    var i = order[k];
                    _workers[w].FindPartners(items[i].Rows, items[i].WithMonths, suppressed, partners[i]);
                }
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }

        return partners;
    }

    /// <summary>The connected sets of suppressed rows that contain one of <paramref name="seeds"/>, each ascending,
    /// ordered by first row. Without <paramref name="joinMonths"/>, month groups do not connect (one table per set).</summary>
    private List<int[]> SetsAround(IReadOnlyList<int> seeds, bool[] suppressed, bool joinMonths)
    {
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_rowStamp);
            Array.Clear(_groupStamp);
            _stamp = 1;
        }

        var sets = new List<int[]>();
        var set = new List<int>();
        var queue = new Queue<int>();
        foreach (var seed in seeds)
        {
            if (!suppressed[seed] || _rowStamp[seed] == _stamp || _table.RowGroupStarts[seed] == _table.RowGroupStarts[seed + 1])
            {
                continue;
            }

            set.Clear();
            _rowStamp[seed] = _stamp;
            queue.Enqueue(seed);
            while (queue.TryDequeue(out var row))
            {
                set.Add(row);
                for (var k = _table.RowGroupStarts[row]; k < _table.RowGroupStarts[row + 1]; k++)
                {
                    var group = _table.RowGroups[k];
                    if (_groupStamp[group] == _stamp || (!joinMonths && _table.GroupKinds[group] == MarginKind.Months))
                    {
                        continue;
                    }

                    _groupStamp[group] = _stamp;
                    Visit(_table.GroupTotals[group]);
                    for (var p = _table.PartStarts[group]; p < _table.PartStarts[group + 1]; p++)
                    {
                        Visit(_table.Parts[p]);
                    }
                }
            }

            var rows = set.ToArray();
            Array.Sort(rows);
            sets.Add(rows);
        }

        sets.Sort((a, b) => a[0].CompareTo(b[0]));
        return sets;

        void Visit(int row)
        {
            if (suppressed[row] && _rowStamp[row] != _stamp)
            {
                _rowStamp[row] = _stamp;
                queue.Enqueue(row);
            }
        }
    }
}
