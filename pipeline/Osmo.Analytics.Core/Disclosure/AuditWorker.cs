namespace Osmo.Analytics.Disclosure;

/// <summary>Audits one connected set at a time for <see cref="SuppressionAudit"/>: builds each component's
/// <see cref="AuditSystem"/> and solves it, as a network (<see cref="NetworkBounds"/>) when it is one, else with the
/// simplex (<see cref="BoundsSolver"/>).</summary>
/// <remarks>
/// Holds its own scratch arrays, so several workers can audit different sets at once; a set's answer depends only on
/// the set and the (unchanging during an audit round) suppression marks, never on which worker ran it or when.
/// </remarks>
internal sealed class AuditWorker
{
    private const int Components = MarginTable.Components;

    /// <summary>Largest system (unknowns, slacks included) solved by the simplex; a larger one that is no network is
    /// closed instead (<see cref="FindPartners"/>).</summary>
    public const int MaxSimplexUnknowns = 600;

    private readonly SuppressionAudit _audit;
    private readonly MarginTable _table;
    private readonly int _threshold;
    private readonly int[] _variableStamp;
    private readonly int[] _variableOf;
    private readonly int[] _groupStamp;
    private readonly int[] _partnerStamp;
    private readonly List<int> _terms = [];
    private readonly List<int> _coefficients = [];
    private readonly List<int> _equationStarts = [];
    private readonly List<int> _equationGroups = [];
    private int _stamp;

    /// <summary>Creates a worker with scratch space for the whole table.</summary>
    public AuditWorker(SuppressionAudit audit, MarginTable table, int minimumCellCount)
    {
        _audit = audit;
        _table = table;
        _threshold = minimumCellCount;
        _variableStamp = new int[table.RowCount];
        _variableOf = new int[table.RowCount];
        _groupStamp = new int[table.GroupCount];
        _partnerStamp = new int[table.GroupCount];
    }

    /// <summary>Partners to suppress for the disclosed counts of the set (components in order, counts in row order),
    /// added to <paramref name="partners"/>; none when the set discloses nothing.</summary>
    /// <remarks>A disclosed count in a group that already has a new partner gets none of its own this round: that
    /// partner most likely frees it, and the next round checks (one partner per round for the whole set would do too,
    /// but a national table of small counts then needs hundreds of rounds).
    /// <para>Conservative fallback: a system that is no network and has more than <see cref="MaxSimplexUnknowns"/>
    /// unknowns is not solved (a dense simplex that size takes seconds); instead every positive cell left in the set's
    /// groups is suppressed, and so on round after round until the set is solvable or closed. A closed set (no
    /// published positive cell in any of its groups) discloses nothing: all zeros is a solution, so every hidden count
    /// can be 0. Margins of one table are always a network unless a county total is hidden and the margins do not add
    /// up, so this is rare.</para></remarks>
    /// <param name="set">Suppressed rows, ascending.</param>
    /// <param name="withMonths">Whether the months-within-r12 equations take part.</param>
    /// <param name="suppressed">The current marks (read only).</param>
    /// <param name="partners">Where the partners go.</param>
    public void FindPartners(int[] set, bool withMonths, bool[] suppressed, List<int> partners)
    {
        var partnerStamp = NextStamp();
        for (var c = 0; c < Components; c++)
        {
            var system = Build(set, c, withMonths, suppressed);
            if (system.VariableCount == 0)
            {
                continue;
            }

            var network = NetworkBounds.TryCreate(system, e => IsDeferred(system.EquationGroups[e]));
            if (network is null && system.VariableCount > MaxSimplexUnknowns)
            {
                Close(set, c, withMonths, suppressed, partners);
                continue;
            }

            var simplex = network is null ? new SimplexAudit(system, _threshold) : null;
            for (var v = 0; v < system.CellCount; v++)
            {
                var row = system.VariableRows[v];
                // The only unknown of an exact equation is pinned by it alone, and the subtraction rule found no positive
                // cell to hide with it: no partner could free it (a guard: with slacks for equations that do not hold,
                // additive margins leave no such count).
                if (system.IsAlone[v] || NearPartner(row, partnerStamp)
                    || !(network?.IsDisclosed(v, _threshold) ?? simplex!.IsDisclosed(v)))
                {
                    continue;
                }

                var partner = _audit.ChoosePartner(row, c, withMonths, suppressed);
                if (partner >= 0 && !NearPartner(partner, partnerStamp))
                {
                    partners.Add(partner);
                    for (var k = _table.RowGroupStarts[partner]; k < _table.RowGroupStarts[partner + 1]; k++)
                    {
                        _partnerStamp[_table.RowGroups[k]] = partnerStamp;
                    }
                }
            }
        }
    }

    /// <summary>Every positive unsuppressed cell (of the component) in the groups of the set: suppress more rather than
    /// audit a system too big for the simplex.</summary>
    private void Close(int[] set, int component, bool withMonths, bool[] suppressed, List<int> partners)
    {
        foreach (var row in set)
        {
            for (var k = _table.RowGroupStarts[row]; k < _table.RowGroupStarts[row + 1]; k++)
            {
                var group = _table.RowGroups[k];
                if (!withMonths && _table.GroupKinds[group] == MarginKind.Months)
                {
                    continue;
                }

                Add(_table.GroupTotals[group]);
                for (var p = _table.PartStarts[group]; p < _table.PartStarts[group + 1]; p++)
                {
                    Add(_table.Parts[p]);
                }
            }
        }

        void Add(int cell)
        {
            if (!suppressed[cell] && _table.IsPositive(cell, component))
            {
                partners.Add(cell);
            }
        }
    }

    /// <summary>Whether a row shares a group with a partner chosen in this call.</summary>
    private bool NearPartner(int row, int partnerStamp)
    {
        for (var k = _table.RowGroupStarts[row]; k < _table.RowGroupStarts[row + 1]; k++)
        {
            if (_partnerStamp[_table.RowGroups[k]] == partnerStamp)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>County = sum of its municipalities: implied by the other margins of a table, so embedded last.</summary>
    private bool IsDeferred(int group) =>
        _table.GroupKinds[group] == MarginKind.Areas && _table.Level(_table.GroupTotals[group]) == MarginLevel.County;

    private AuditSystem Build(int[] set, int component, bool withMonths, bool[] suppressed)
    {
        var stamp = NextStamp();
        var rows = new List<int>();
        foreach (var row in set)
        {
            if (_table.IsPositive(row, component))
            {
                _variableStamp[row] = stamp;
                _variableOf[row] = rows.Count;
                rows.Add(row);
            }
        }

        _terms.Clear();
        _coefficients.Clear();
        _equationStarts.Clear();
        _equationGroups.Clear();
        var hasMonths = false;
        var slacks = new List<long>();
        if (rows.Count > 0)
        {
            foreach (var row in set)
            {
                for (var k = _table.RowGroupStarts[row]; k < _table.RowGroupStarts[row + 1]; k++)
                {
                    var group = _table.RowGroups[k];
                    var isMonths = _table.GroupKinds[group] == MarginKind.Months;
                    if (_groupStamp[group] == stamp || !_table.HasEquation(group, component) || (isMonths && !withMonths))
                    {
                        continue;
                    }

                    _groupStamp[group] = stamp;
                    var start = _terms.Count;
                    AddTerm(_table.GroupTotals[group], 1, stamp, suppressed);
                    for (var p = _table.PartStarts[group]; p < _table.PartStarts[group + 1]; p++)
                    {
                        AddTerm(_table.Parts[p], -1, stamp, suppressed);
                    }

                    if (_terms.Count > start)
                    {
                        // An equation the true values do not satisfy (a distinct count: clients in two target groups,
                        // sessions without one) holds as an inequality only: a slack takes up the difference.
                        var residual = Residual(group, component);
                        if (residual != 0)
                        {
                            _terms.Add(rows.Count + slacks.Count);
                            _coefficients.Add(residual > 0 ? -1 : 1);
                            slacks.Add(Math.Abs(residual));
                        }

                        _equationStarts.Add(start);
                        _equationGroups.Add(group);
                        hasMonths |= isMonths;
                    }
                }
            }
        }

        _equationStarts.Add(_terms.Count);
        var values = new long[rows.Count + slacks.Count];
        for (var v = 0; v < rows.Count; v++)
        {
            values[v] = _table.Value(rows[v], component);
        }

        slacks.CopyTo(values, rows.Count);

        return new AuditSystem([.. rows], values, [.. _equationStarts], [.. _terms], [.. _coefficients], [.. _equationGroups], hasMonths);
    }

    /// <summary>Total minus the sum of the parts, in true values (a cell without the component counts as 0).</summary>
    private long Residual(int group, int component)
    {
        var residual = Math.Max(0, _table.Value(_table.GroupTotals[group], component));
        for (var p = _table.PartStarts[group]; p < _table.PartStarts[group + 1]; p++)
        {
            residual -= Math.Max(0, _table.Value(_table.Parts[p], component));
        }

        return residual;
    }

    /// <summary>A suppressed positive cell of the set is an unknown; any other cell is known and drops out.</summary>
    private void AddTerm(int row, int coefficient, int stamp, bool[] suppressed)
    {
        if (suppressed[row] && _variableStamp[row] == stamp)
        {
            _terms.Add(_variableOf[row]);
            _coefficients.Add(coefficient);
        }
    }

    private int NextStamp()
    {
        if (_stamp == int.MaxValue)
        {
            Array.Clear(_variableStamp);
            Array.Clear(_groupStamp);
            Array.Clear(_partnerStamp);
            _stamp = 0;
        }

        return ++_stamp;
    }
}
