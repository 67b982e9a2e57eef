namespace Osmo.Analytics.Disclosure;

/// <summary>The ranges of the unknowns of an <see cref="AuditSystem"/> that is no network (months within r12 make a
/// third equation per cell), by linear programming with <see cref="BoundsSolver"/>.</summary>
/// <remarks>
/// Every solution the solver passes through is a feasible table: a count seen at 0, at the threshold or above, or away
/// from its true value there needs no optimisation of its own. Vertices have many zeros, so most counts are cleared by
/// the solutions found for others; only the rest get a minimisation, and those that cannot reach 0 a maximisation.
/// </remarks>
internal sealed class SimplexAudit
{
    private readonly AuditSystem _system;
    private readonly int _threshold;
    private readonly BoundsSolver _solver;
    private readonly Seen[] _seen;
    private readonly double[] _solution;

    /// <summary>What some feasible solution showed about a count.</summary>
    [Flags]
    private enum Seen : byte
    {
        None = 0,
        Zero = 1,
        Large = 2,
        Different = 4,
    }

    /// <summary>Sets the system up (phase I) and notes what its first solution shows.</summary>
    public SimplexAudit(AuditSystem system, int threshold)
    {
        _system = system;
        _threshold = threshold;
        var columns = system.VariableCount;
        var rows = system.EquationCount;
        var matrix = new double[rows * columns];
        var rightHandSide = new double[rows];
        for (var e = 0; e < rows; e++)
        {
            for (var k = system.EquationStarts[e]; k < system.EquationStarts[e + 1]; k++)
            {
                matrix[(e * columns) + system.Terms[k]] += system.Coefficients[k];
            }

            rightHandSide[e] = system.RightHandSide(e);
        }

        _solver = new BoundsSolver(matrix, rightHandSide, columns);
        _seen = new Seen[columns];
        _solution = new double[columns];
        Observe();
    }

    /// <summary>Whether the attacker can tell unknown <paramref name="v"/>: its range is one value, or lies within
    /// 1..threshold-1.</summary>
    public bool IsDisclosed(int v)
    {
        var solver = _solver;
        var seen = _seen;
        // A positive count seen at 0 is neither pinned nor confined to 1..threshold-1.
        if ((seen[v] & Seen.Zero) == 0)
        {
            solver.Minimum(v);
            Observe();
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

            Observe();
        }

        // The minimum is above 0 and the maximum was reached (or seen): pinned, or confined to small values.
        return (seen[v] & Seen.Different) == 0 || (seen[v] & Seen.Large) == 0;
    }

    private void Observe()
    {
        var solution = _solution;
        var seen = _seen;
        var threshold = _threshold;
        _solver.ReadSolution(solution);
        for (var v = 0; v < solution.Length; v++)
        {
            var value = _system.TrueValues[v];
            var x = solution[v];
            if (x < 0.5)
            {
                seen[v] |= Seen.Zero | Seen.Different;
            }
            else if (Math.Abs(x - value) >= 0.5)
            {
                seen[v] |= Seen.Different;
            }

            if (x > threshold - 0.5)
            {
                seen[v] |= Seen.Large;
            }
        }
    }
}
