namespace Osmo.Analytics.Disclosure;

/// <content>Choosing the partner that a disclosed count gets suppressed with.</content>
internal sealed partial class SuppressionAudit
{
    /// <summary>The best unsuppressed partner for a disclosed count: in the count's own groups, the smallest positive
    /// cell of the same component (parts before totals; a cell without it would add no unknown); else the same in the groups of the
    /// suppressed cells next to it, then next to those, nearest first (a count pinned through a neighbour is freed
    /// by a cell of the neighbour's groups, not by one far off in the set). Only groups whose equations were audited
    /// count (without <paramref name="withMonths"/>, no month groups: a partner in another month would not change the
    /// table). -1 when the whole set has no positive cell left to suppress. Reads only: safe to call from several
    /// workers at once.</summary>
    public int ChoosePartner(int row, int component, bool withMonths, bool[] suppressed)
    {
        var best = BestIn(row, component, withMonths, suppressed);
        if (best.Row >= 0)
        {
            return best.Row;
        }

        var reached = new HashSet<int> { row };
        var layer = new List<int> { row };
        while (layer.Count > 0)
        {
            var next = new List<int>();
            foreach (var member in layer)
            {
                for (var k = _table.RowGroupStarts[member]; k < _table.RowGroupStarts[member + 1]; k++)
                {
                    var group = _table.RowGroups[k];
                    if (withMonths || _table.GroupKinds[group] != MarginKind.Months)
                    {
                        Reach(_table.GroupTotals[group]);
                        for (var p = _table.PartStarts[group]; p < _table.PartStarts[group + 1]; p++)
                        {
                            Reach(_table.Parts[p]);
                        }
                    }
                }
            }

            foreach (var member in next)
            {
                var candidate = BestIn(member, component, withMonths, suppressed);
                if (candidate.Row >= 0 && (best.Row < 0 || IsBetter(candidate, best)))
                {
                    best = candidate;
                }
            }

            if (best.Row >= 0)
            {
                return best.Row;
            }

            layer = next;

            void Reach(int cell)
            {
                if (suppressed[cell] && reached.Add(cell))
                {
                    next.Add(cell);
                }
            }
        }

        return -1;
    }

    private (int Row, bool IsTotal, long Value) BestIn(int row, int component, bool withMonths, bool[] suppressed)
    {
        (int Row, bool IsTotal, long Value) best = (-1, false, 0);
        for (var k = _table.RowGroupStarts[row]; k < _table.RowGroupStarts[row + 1]; k++)
        {
            var group = _table.RowGroups[k];
            if (!withMonths && _table.GroupKinds[group] == MarginKind.Months)
            {
                continue;
            }

            Consider(_table.GroupTotals[group], true);
            for (var p = _table.PartStarts[group]; p < _table.PartStarts[group + 1]; p++)
            {
                Consider(_table.Parts[p], false);
            }
        }

        return best;

        void Consider(int candidate, bool isTotal)
        {
            // Only a positive value of the disclosed component adds an unknown to its equations.
            var value = _table.Value(candidate, component);
            if (suppressed[candidate] || value <= 0)
            {
                return;
            }

            var entry = (candidate, isTotal, value);
            if (best.Row < 0 || IsBetter(entry, best))
            {
                best = entry;
            }
        }
    }

    private bool IsBetter((int Row, bool IsTotal, long Value) a, (int Row, bool IsTotal, long Value) b)
    {
        if (a.IsTotal != b.IsTotal)
        {
            return !a.IsTotal;
        }

        return a.Value != b.Value ? a.Value < b.Value : _table.CompareKeys(a.Row, b.Row) < 0;
    }
}
