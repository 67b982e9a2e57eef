namespace Osmo.Analytics.Disclosure;

/// <content>Choosing the partner that a disclosed count gets suppressed with.</content>
internal sealed partial class SuppressionAudit
{
    /// <summary>The best unsuppressed partner for a disclosed count: in the count's own groups, the smallest positive
    /// cell of the same component (parts before totals), else of any component, else anywhere in the set's groups.</summary>
    private int ChoosePartner(int row, int component, List<int> set, bool[] suppressed)
    {
        var best = BestIn(row, component, suppressed);
        if (best.Row >= 0)
        {
            return best.Row;
        }

        foreach (var member in set)
        {
            var candidate = BestIn(member, -1, suppressed);
            if (candidate.Row >= 0 && (best.Row < 0 || IsBetter(candidate, best)))
            {
                best = candidate;
            }
        }

        return best.Row;
    }

    private (int Row, bool IsTotal, long Value) BestIn(int row, int component, bool[] suppressed)
    {
        (int Row, bool IsTotal, long Value) best = (-1, false, 0);
        for (var pass = 0; pass < 2 && best.Row < 0; pass++)
        {
            var wanted = pass == 0 ? component : -1;
            if (pass == 0 && component < 0)
            {
                continue;
            }

            for (var k = _table.RowGroupStarts[row]; k < _table.RowGroupStarts[row + 1]; k++)
            {
                var group = _table.RowGroups[k];
                Consider(_table.GroupTotals[group], true);
                for (var p = _table.PartStarts[group]; p < _table.PartStarts[group + 1]; p++)
                {
                    Consider(_table.Parts[p], false);
                }
            }

            void Consider(int candidate, bool isTotal)
            {
                if (suppressed[candidate])
                {
                    return;
                }

                var value = wanted >= 0 ? _table.Value(candidate, wanted) : SmallestPositive(candidate);
                if (value <= 0)
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

        return best;
    }

    private bool IsBetter((int Row, bool IsTotal, long Value) a, (int Row, bool IsTotal, long Value) b)
    {
        if (a.IsTotal != b.IsTotal)
        {
            return !a.IsTotal;
        }

        return a.Value != b.Value ? a.Value < b.Value : _table.CompareKeys(a.Row, b.Row) < 0;
    }

    private long SmallestPositive(int row)
    {
        var smallest = long.MaxValue;
        for (var c = 0; c < Components; c++)
        {
            var value = _table.Value(row, c);
            if (value > 0)
            {
                smallest = Math.Min(smallest, value);
            }
        }

        return smallest == long.MaxValue ? 0 : smallest;
    }
}
