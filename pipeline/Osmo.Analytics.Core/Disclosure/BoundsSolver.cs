using System.Numerics;
using System.Runtime.InteropServices;

namespace Osmo.Analytics.Disclosure;

/// <summary>The range each unknown can take in <c>A x = b, x &gt;= 0</c>: what an attacker who knows every published
/// count and every margin equation can tell about a suppressed count.</summary>
/// <remarks>
/// A dense tableau simplex: phase I once (artificial variables, never stored as columns), then one phase II per
/// question, each starting from the previous optimum, which is always feasible. Pivoting follows Dantzig's rule,
/// falling back to Bland's (smallest index enters, smallest index leaves on ties) when it stalls, so it cannot cycle
/// and the answers are deterministic. Built for the small systems of one connected set of suppressed cells (tens to a few hundred unknowns); the coefficients are
/// 0 and +-1 and the right-hand sides counts, so doubles with a small tolerance are exact enough.
/// </remarks>
internal sealed class BoundsSolver
{
    private const double Epsilon = 1e-9;

    /// <summary>Degenerate pivots in a row after which Dantzig's rule gives way to Bland's.</summary>
    private const int StallLimit = 50;

    private readonly int _rows;
    private readonly int _columns;
    private readonly int _width;
    private readonly double[] _tableau;
    private readonly int[] _basis;
    private readonly double[] _costs;
    private readonly bool[] _isBasic;
    private readonly int[] _rowOfBasic;

    /// <summary>Sets up and runs phase I.</summary>
    /// <param name="coefficients">Row-major <c>rows x columns</c> matrix A.</param>
    /// <param name="rightHandSide">b, one per row.</param>
    /// <param name="columns">Number of unknowns.</param>
    /// <exception cref="InvalidOperationException">The system has no non-negative solution (the caller built it from
    /// a known solution, so this is a bug).</exception>
    public BoundsSolver(double[] coefficients, double[] rightHandSide, int columns)
    {
        _rows = rightHandSide.Length;
        _columns = columns;
        _width = columns + 1;
        _tableau = new double[_rows * _width];
        _basis = new int[_rows];
        _costs = new double[_width];
        _isBasic = new bool[columns];
        _rowOfBasic = new int[columns];
        for (var i = 0; i < _rows; i++)
        {
            // Artificial variables need b >= 0: flip rows with a negative right-hand side.
            var sign = rightHandSide[i] < 0 ? -1.0 : 1.0;
            for (var j = 0; j < columns; j++)
            {
                _tableau[(i * _width) + j] = sign * coefficients[(i * columns) + j];
            }

            _tableau[(i * _width) + columns] = sign * rightHandSide[i];
            _basis[i] = Artificial(i);
        }

        RunPhaseOne();
    }

    /// <summary>The smallest value unknown <paramref name="column"/> can take (never below 0).</summary>
    public double Minimum(int column) => Optimize(column, 1.0);

    /// <summary>The largest value unknown <paramref name="column"/> can take, <see cref="double.PositiveInfinity"/>
    /// when unbounded.</summary>
    public double Maximum(int column) => Optimize(column, -1.0);

    /// <summary>Writes the current solution (a vertex of the feasible set: non-basic unknowns are 0) to
    /// <paramref name="values"/>, one per unknown.</summary>
    public void ReadSolution(double[] values)
    {
        Array.Clear(values);
        for (var i = 0; i < _rows; i++)
        {
            if (_basis[i] >= 0 && _basis[i] < _columns)
            {
                values[_basis[i]] = Math.Max(0, _tableau[(i * _width) + _columns]);
            }
        }
    }

    private int Artificial(int row) => _columns + row;

    private void RunPhaseOne()
    {
        // Minimise the sum of the artificials: reduced cost of column j = -(sum of its entries in artificial rows).
        Array.Clear(_costs);
        for (var i = 0; i < _rows; i++)
        {
            for (var j = 0; j <= _columns; j++)
            {
                _costs[j] -= _tableau[(i * _width) + j];
            }
        }

        if (!Iterate())
        {
            throw new InvalidOperationException("Phase I cannot be unbounded.");
        }

        var infeasibility = -_costs[_columns];
        if (infeasibility > 1e-6 * (1 + MaxRightHandSide()))
        {
            throw new InvalidOperationException("The margin equations have no non-negative solution.");
        }

        // Drive artificials left in the basis (at zero) out; a row with nothing to pivot on is redundant.
        for (var i = 0; i < _rows; i++)
        {
            if (_basis[i] < _columns)
            {
                continue;
            }

            _basis[i] = -1;
            for (var j = 0; j < _columns; j++)
            {
                if (Math.Abs(_tableau[(i * _width) + j]) > Epsilon && !IsBasic(j))
                {
                    Pivot(i, j);
                    break;
                }
            }
        }
    }

    private double Optimize(int column, double sign)
    {
        // Reduced costs of "minimise sign * x[column]" against the current basis.
        Array.Clear(_costs);
        _costs[column] = sign;
        var basicRow = _isBasic[column] ? _rowOfBasic[column] : -1;
        if (basicRow >= 0)
        {
            for (var j = 0; j <= _columns; j++)
            {
                _costs[j] -= sign * _tableau[(basicRow * _width) + j];
            }
        }

        if (!Iterate())
        {
            return sign > 0 ? 0 : double.PositiveInfinity;
        }

        basicRow = _isBasic[column] ? _rowOfBasic[column] : -1;
        return basicRow >= 0 ? Math.Max(0, _tableau[(basicRow * _width) + _columns]) : 0;
    }

    /// <summary>Pivots until optimal (true) or unbounded (false).</summary>
    /// <remarks>Dantzig's rule (most negative reduced cost) takes far fewer pivots than Bland's on these systems, but
    /// can cycle on degenerate vertices, which are common here (many unknowns at 0): after a run of pivots that do not
    /// improve the objective the rest of the call uses Bland's rule, which cannot cycle. Both are deterministic.</remarks>
    private bool Iterate()
    {
        var stalled = 0;
        var bland = false;
        while (true)
        {
            var entering = -1;
            var best = -Epsilon;
            for (var j = 0; j < _columns; j++)
            {
                if (_costs[j] < best && !_isBasic[j])
                {
                    entering = j;
                    if (bland)
                    {
                        break;
                    }

                    best = _costs[j];
                }
            }

            if (entering < 0)
            {
                return true;
            }

            var leaving = -1;
            var bestRatio = double.PositiveInfinity;
            for (var i = 0; i < _rows; i++)
            {
                var a = _tableau[(i * _width) + entering];
                if (_basis[i] < 0 || a <= Epsilon)
                {
                    continue;
                }

                var ratio = _tableau[(i * _width) + _columns] / a;
                if (ratio < bestRatio - Epsilon || (ratio <= bestRatio + Epsilon && leaving >= 0 && _basis[i] < _basis[leaving]))
                {
                    bestRatio = Math.Min(ratio, bestRatio);
                    leaving = i;
                }
            }

            if (leaving < 0)
            {
                return false;
            }

            if (bestRatio <= Epsilon)
            {
                bland |= ++stalled > StallLimit;
            }
            else
            {
                stalled = 0;
            }

            Pivot(leaving, entering);
        }
    }

    private void Pivot(int row, int column)
    {
        var pivotRow = _tableau.AsSpan(row * _width, _width);
        var inverse = 1.0 / pivotRow[column];
        for (var j = 0; j < _width; j++)
        {
            pivotRow[j] *= inverse;
        }

        pivotRow[column] = 1.0;
        for (var i = 0; i < _rows; i++)
        {
            if (i != row)
            {
                Eliminate(_tableau.AsSpan(i * _width, _width), pivotRow, column);
            }
        }

        Eliminate(_costs, pivotRow, column);
        if (_basis[row] >= 0 && _basis[row] < _columns)
        {
            _isBasic[_basis[row]] = false;
        }

        _basis[row] = column;
        _isBasic[column] = true;
        _rowOfBasic[column] = row;
    }

    private static void Eliminate(Span<double> target, ReadOnlySpan<double> pivotRow, int column)
    {
        var factor = target[column];
        if (factor == 0)
        {
            return;
        }

        // target -= factor * pivotRow, a vector at a time: this loop is where the solver spends its time.
        var j = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var factors = new Vector<double>(factor);
            var targetVectors = MemoryMarshal.Cast<double, Vector<double>>(target);
            var pivotVectors = MemoryMarshal.Cast<double, Vector<double>>(pivotRow);
            for (var v = 0; v < targetVectors.Length; v++)
            {
                targetVectors[v] -= factors * pivotVectors[v];
            }

            j = targetVectors.Length * Vector<double>.Count;
        }

        for (; j < target.Length; j++)
        {
            target[j] -= factor * pivotRow[j];
        }

        target[column] = 0;
    }

    private bool IsBasic(int column) => _isBasic[column];

    private double MaxRightHandSide()
    {
        var max = 0.0;
        for (var i = 0; i < _rows; i++)
        {
            max = Math.Max(max, Math.Abs(_tableau[(i * _width) + _columns]));
        }

        return max;
    }
}
