namespace Osmo.Analytics.Disclosure;

/// <summary>Plays the attacker on the suppression pattern: for each connected set of suppressed cells, the range of every
/// suppressed positive count given the published counts, all margin equations and non-negativity.</summary>
/// <remarks>
/// A count is <em>disclosed</em> when its range is one integer, or lies within 1..threshold-1 (the attacker learns
/// it is a small count without it being shown). Cells are connected when they share a group. Each component
/// (count or numerator, denominator, complement) is solved as its own system <c>A x = b, x &gt;= 0</c> over the
/// set's suppressed positive cells, with one equation per group the set touches (<see cref="BoundsSolver"/>).
/// The right-hand sides come from the true values, so the system is consistent even where distinct counts do not
/// add up exactly (as if the attacker also knew the overlap: a stronger attacker than the real one).
/// Suppressed zeros count as known (a zero is public information).
/// Limits, both for time (docs/disclosure.md): a share's three systems are solved apart, without
/// <c>denominator = numerator + complement</c> tying them (the test attacker uses it, and finds nothing more); and a
/// set of more than <see cref="MaxSetRows"/> rows (months tie a county's monthly tables to their r12 table) is solved
/// table by table without the month equations, which are then guarded by the subtraction rule only.
/// </remarks>
internal sealed partial class SuppressionAudit
{
    /// <summary>Largest connected set (in suppressed rows) solved whole; larger ones are solved table by table.</summary>
    public const int MaxSetRows = 400;

    private const int Components = MarginTable.Components;

    private readonly MarginTable _table;
    private readonly int _threshold;
    private readonly HashSet<(int First, int Count)> _settled = [];
    private readonly HashSet<(int First, int Count)> _settledWithinTables = [];
    private readonly int[] _variableOf;
    private readonly int[] _groupStamp;
    private int _stamp;

    /// <summary>Creates an audit over one table.</summary>
    public SuppressionAudit(MarginTable table, int minimumCellCount)
    {
        _table = table;
        _threshold = minimumCellCount;
        _variableOf = new int[table.RowCount * Components];
        _groupStamp = new int[table.GroupCount];
        Array.Fill(_variableOf, -1);
        Array.Fill(_groupStamp, -1);
    }

    /// <summary>One new partner to suppress for every connected set that discloses a count; empty when none does.</summary>
    public List<int> FindPartners(bool[] suppressed)
    {
        var partners = new List<int>();
        var oversized = new List<int>();
        foreach (var set in ConnectedSets(suppressed, null))
        {
            if (set.Count > MaxSetRows)
            {
                oversized.AddRange(set);
                continue;
            }

            Audit(set, suppressed, withMonths: true, _settled, partners);
        }

        if (oversized.Count > 0)
        {
            // Too big to solve whole (months tie a county's tables of a year together): solve each table (one period,
            // window and indicator) on its own, without the month equations.
            var mask = new bool[_table.RowCount];
            foreach (var row in oversized)
            {
                mask[row] = true;
            }

            foreach (var set in ConnectedSets(suppressed, mask))
            {
                if (set.Count <= MaxSetRows)
                {
                    Audit(set, suppressed, withMonths: false, _settledWithinTables, partners);
                }
            }
        }

        return partners;
    }

    private void Audit(List<int> set, bool[] suppressed, bool withMonths, HashSet<(int First, int Count)> settled, List<int> partners)
    {
        // A set that passed (or could not be helped) stays so until it grows.
        var signature = (set[0], set.Count);
        if (settled.Contains(signature))
        {
            return;
        }

        var partner = -1;
        for (var c = 0; c < Components && partner < 0; c++)
        {
            partner = Check(set, suppressed, c, withMonths);
        }

        if (partner >= 0)
        {
            partners.Add(partner);
        }
        else
        {
            settled.Add(signature);
        }
    }

    /// <summary>Suppressed rows grouped by shared groups (union-find), each set in row order. With a mask: only the
    /// masked rows, joined by groups other than months.</summary>
    private List<List<int>> ConnectedSets(bool[] suppressed, bool[]? mask)
    {
        var parent = new int[_table.RowCount];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        for (var g = 0; g < _table.GroupCount; g++)
        {
            if (mask is not null && _table.GroupKinds[g] == MarginKind.Months)
            {
                continue;
            }

            var first = -1;
            for (var p = _table.PartStarts[g] - 1; p < _table.PartStarts[g + 1]; p++)
            {
                // p = start - 1 stands for the total.
                var row = p < _table.PartStarts[g] ? _table.GroupTotals[g] : _table.Parts[p];
                if (!suppressed[row] || (mask is not null && !mask[row]))
                {
                    continue;
                }

                if (first < 0)
                {
                    first = row;
                }
                else
                {
                    parent[Find(parent, row)] = Find(parent, first);
                }
            }
        }

        var sets = new Dictionary<int, List<int>>();
        var ordered = new List<List<int>>();
        for (var row = 0; row < _table.RowCount; row++)
        {
            if (!suppressed[row] || (mask is not null && !mask[row]) || _table.RowGroupStarts[row] == _table.RowGroupStarts[row + 1])
            {
                continue;
            }

            var root = Find(parent, row);
            if (!sets.TryGetValue(root, out var set))
            {
                set = [];
                sets.Add(root, set);
                ordered.Add(set);
            }

            set.Add(row);
        }

        return ordered;
    }

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }

    /// <summary>Solves one component of one set; returns the partner to suppress for its first disclosed count, or -1.</summary>
    private int Check(List<int> set, bool[] suppressed, int component, bool withMonths)
    {
        var variables = new List<(int Row, int Component)>();
        foreach (var row in set)
        {
            if (_table.IsPositive(row, component))
            {
                _variableOf[(row * Components) + component] = variables.Count;
                variables.Add((row, component));
            }
        }

        try
        {
            if (variables.Count == 0 || variables.Count > MaxSetRows)
            {
                return -1;
            }

            var (matrix, rightHandSide) = BuildSystem(set, suppressed, component, withMonths, variables.Count, _stamp++);
            var solver = new BoundsSolver(matrix, rightHandSide, variables.Count);

            // Every solution the solver passes through is a feasible table: a count seen at 0, at the threshold or
            // above, or away from its true value there needs no optimisation of its own. Vertices have many zeros,
            // so most counts are cleared by the solutions found for others.
            var seen = new Seen[variables.Count];
            var solution = new double[variables.Count];
            Observe(solver, variables, solution, seen);
            for (var v = 0; v < variables.Count; v++)
            {
                if (IsDisclosed(solver, variables, v, solution, seen))
                {
                    return ChoosePartner(variables[v].Row, component, set, suppressed);
                }
            }

            return -1;
        }
        finally
        {
            foreach (var (row, c) in variables)
            {
                _variableOf[(row * Components) + c] = -1;
            }
        }
    }

    /// <summary>What some feasible solution showed about a count.</summary>
    [Flags]
    private enum Seen : byte
    {
        None = 0,
        Zero = 1,
        Large = 2,
        Different = 4,
    }

    private bool IsDisclosed(BoundsSolver solver, List<(int Row, int Component)> variables, int v, double[] solution, Seen[] seen)
    {
        // A positive count seen at 0 is neither pinned nor confined to 1..threshold-1.
        if ((seen[v] & Seen.Zero) == 0)
        {
            solver.Minimum(v);
            Observe(solver, variables, solution, seen);
        }

        if ((seen[v] & Seen.Zero) != 0)
        {
            return false;
        }

        if ((seen[v] & (Seen.Large | Seen.Different)) != (Seen.Large | Seen.Different))
        {
            if (double.IsPositiveInfinity(solver.Maximum(v)))
            {
                seen[v] |= Seen.Large | Seen.Different;
            }

            Observe(solver, variables, solution, seen);
        }

        // The minimum is above 0 and the maximum was reached (or seen): pinned, or confined to small values.
        return (seen[v] & Seen.Different) == 0 || (seen[v] & Seen.Large) == 0;
    }

    private void Observe(BoundsSolver solver, List<(int Row, int Component)> variables, double[] solution, Seen[] seen)
    {
        solver.ReadSolution(solution);
        for (var v = 0; v < variables.Count; v++)
        {
            var value = _table.Value(variables[v].Row, variables[v].Component);
            var x = solution[v];
            if (x < 0.5)
            {
                seen[v] |= Seen.Zero | Seen.Different;
            }
            else if (Math.Abs(x - value) >= 0.5)
            {
                seen[v] |= Seen.Different;
            }

            if (x > _threshold - 0.5)
            {
                seen[v] |= Seen.Large;
            }
        }
    }

}
