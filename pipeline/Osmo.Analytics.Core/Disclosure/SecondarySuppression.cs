namespace Osmo.Analytics.Disclosure;

/// <summary>Secondary suppression over every margin table at once: adds marks to the primary ones until no
/// suppressed count can be recovered from the published counts and totals (docs/disclosure.md).</summary>
/// <remarks>
/// Two steps, repeated until neither adds a mark:
/// <list type="number">
/// <item><b>Subtraction</b> (worklist, to a fixed point): a group (a total and its parts) whose equation for a component
/// has exactly one suppressed positive cell gives that cell away by subtraction, so the smallest positive
/// unsuppressed cell of the group is suppressed too: parts before the total, then the smaller value, then the key
/// order (<see cref="MarginTable.CompareKeys"/>). A marked cell sits in other groups (a municipality is the total of
/// its target groups and a part of its county; a month is a part of its r12), so those groups go back on the list.
/// Zeros are public: they neither need protection nor protect. When the only suppressed positive cell of a group has
/// no positive partner left, the group cannot give it away by subtraction (its other cells are all zero or
/// suppressed), except for a total over zero parts, which only non-additive counts produce.</item>
/// <item><b>Linear combinations</b> (<see cref="SuppressionAudit"/>): every connected set of suppressed cells is solved
/// as the attacker would, for the range of each suppressed count given all equations and non-negativity; a count that
/// is pinned or confined to 1..threshold-1 gets a partner suppressed, and step 1 runs again from the new marks. Only
/// the sets around new marks are solved again.</item>
/// </list>
/// Each round only adds marks, so the loop ends. Deterministic: the same table in the same order gives the same marks
/// (groups are numbered and worked in row order; ties between equal values go by key, not by position), whatever the
/// number of cores auditing.
/// </remarks>
internal sealed class SecondarySuppression
{
    private const int Components = MarginTable.Components;

    private readonly MarginTable _table;
    private readonly bool[] _suppressed;
    private readonly int[] _suppressedPositives;
    private readonly Queue<int> _queue = new();
    private readonly bool[] _isQueued;
    private readonly List<int> _marked = [];

    private SecondarySuppression(MarginTable table, bool[] suppressed)
    {
        _table = table;
        _suppressed = suppressed;
        _suppressedPositives = new int[table.GroupCount * Components];
        _isQueued = new bool[table.GroupCount];
    }

    /// <summary>Adds secondary marks to <paramref name="suppressed"/> (which holds the primary ones) in place.</summary>
    /// <param name="table">The indexed table.</param>
    /// <param name="suppressed">One flag per row; only ever set, never cleared.</param>
    /// <param name="minimumCellCount">The threshold: a count the attacker can confine to 1..threshold-1 is disclosed.</param>
    public static void Extend(MarginTable table, bool[] suppressed, int minimumCellCount)
    {
        var pass = new SecondarySuppression(table, suppressed);
        for (var row = 0; row < table.RowCount; row++)
        {
            if (suppressed[row])
            {
                pass.Count(row);
            }
        }

        for (var row = 0; row < table.RowCount; row++)
        {
            if (suppressed[row])
            {
                pass.MarkLinked(row);
            }
        }

        pass.Settle();
        var changed = new List<int>();
        for (var row = 0; row < table.RowCount; row++)
        {
            if (suppressed[row])
            {
                changed.Add(row);
            }
        }

        pass._marked.Clear();
        var audit = new SuppressionAudit(table, minimumCellCount, Environment.ProcessorCount);
        while (true)
        {
            var fixes = audit.FindPartners(suppressed, changed);
            if (fixes.Count == 0)
            {
                return;
            }

            foreach (var row in fixes)
            {
                pass.Mark(row);
            }

            pass.Settle();

            // Only the sets around the new marks can have changed.
            changed = [.. pass._marked];
            pass._marked.Clear();
        }
    }

    private void Mark(int row)
    {
        if (!_suppressed[row])
        {
            _suppressed[row] = true;
            _marked.Add(row);
            Count(row);
            MarkLinked(row);
        }
    }

    /// <summary>Marks the rows that publish the same count as a suppressed row (<see cref="MarginTable.LinkOf"/>), both
    /// ways: a hidden count must not be shown as another indicator's numerator or denominator, and a share hidden for
    /// its numerator or complement must not have its denominator shown as a count, because numerator + complement =
    /// denominator then ties the share's hidden parts together (docs/disclosure.md).</summary>
    private void MarkLinked(int row)
    {
        var link = _table.LinkOf[row];
        if (link < 0)
        {
            return;
        }

        for (var k = _table.LinkStarts[link]; k < _table.LinkStarts[link + 1]; k++)
        {
            Mark(_table.LinkRows[k]);
        }
    }

    /// <summary>Counts a newly suppressed row in its groups and queues them.</summary>
    private void Count(int row)
    {
        for (var k = _table.RowGroupStarts[row]; k < _table.RowGroupStarts[row + 1]; k++)
        {
            var group = _table.RowGroups[k];
            for (var c = 0; c < Components; c++)
            {
                if (_table.IsPositive(row, c))
                {
                    _suppressedPositives[(group * Components) + c]++;
                }
            }

            if (!_isQueued[group])
            {
                _isQueued[group] = true;
                _queue.Enqueue(group);
            }
        }
    }

    /// <summary>Runs the subtraction rule until no group has a lone suppressed positive cell with a partner left.</summary>
    private void Settle()
    {
        while (_queue.TryDequeue(out var group))
        {
            _isQueued[group] = false;
            for (var c = 0; c < Components; c++)
            {
                if (_suppressedPositives[(group * Components) + c] != 1 || !_table.HasEquation(group, c))
                {
                    continue;
                }

                var partner = FindPartner(group, c);
                if (partner >= 0)
                {
                    Mark(partner);
                }
            }
        }
    }

    /// <summary>The smallest positive unsuppressed cell of the group for the component: parts first, then the
    /// total; -1 when there is none.</summary>
    private int FindPartner(int group, int component)
    {
        var best = -1;
        for (var p = _table.PartStarts[group]; p < _table.PartStarts[group + 1]; p++)
        {
            best = Better(best, _table.Parts[p], component);
        }

        return best >= 0 ? best : Better(-1, _table.GroupTotals[group], component);
    }

    private int Better(int best, int candidate, int component)
    {
        if (_suppressed[candidate] || !_table.IsPositive(candidate, component))
        {
            return best;
        }

        if (best < 0)
        {
            return candidate;
        }

        var order = _table.Value(candidate, component).CompareTo(_table.Value(best, component));
        return order < 0 || (order == 0 && _table.CompareKeys(candidate, best) < 0) ? candidate : best;
    }
}
