namespace Osmo.Analytics.Disclosure;

/// <summary>The attacker's equations for one component of one connected set of suppressed cells, in sparse form:
/// one unknown per suppressed positive cell, one equation <c>sum of coefficient x unknown = right-hand side</c> per
/// margin group the set touches.</summary>
/// <remarks>
/// Known cells (published, or suppressed zeros) drop out: the right-hand side is the sum of the unknowns' true values
/// with their coefficients, which is exactly what the known cells leave. Coefficients are +1 for the total, -1 for a
/// part. A group whose true values do not add up (distinct counts: a client in two target groups, a session without
/// one) gives an inequality, not an equation: a slack unknown (at the true difference, never asked about) makes up
/// the difference on the side the truth lies, as if the attacker knew which way the count is off but not by how much. Built by <see cref="AuditWorker"/>, solved by <see cref="NetworkBounds"/> or <see cref="BoundsSolver"/>.
/// </remarks>
internal sealed class AuditSystem
{
    /// <summary>Creates a system from its parts (the arrays are taken over, not copied).</summary>
    public AuditSystem(int[] variableRows, long[] trueValues, int[] equationStarts, int[] terms, int[] coefficients, int[] equationGroups, bool hasMonths)
    {
        VariableRows = variableRows;
        TrueValues = trueValues;
        EquationStarts = equationStarts;
        Terms = terms;
        Coefficients = coefficients;
        EquationGroups = equationGroups;
        HasMonths = hasMonths;
        IsAlone = new bool[trueValues.Length];
        for (var e = 0; e < equationGroups.Length; e++)
        {
            if (equationStarts[e + 1] - equationStarts[e] == 1)
            {
                IsAlone[terms[equationStarts[e]]] = true;
            }
        }
    }

    /// <summary>Whether each unknown is the only one in some equation (pinned by that equation alone).</summary>
    public bool[] IsAlone { get; }

    /// <summary>Number of unknowns: the cells, then the slacks.</summary>
    public int VariableCount => TrueValues.Length;

    /// <summary>Number of unknowns that are cells (the first ones); the rest are slacks.</summary>
    public int CellCount => VariableRows.Length;

    /// <summary>Number of equations.</summary>
    public int EquationCount => EquationGroups.Length;

    /// <summary>The table row of each cell unknown, in set (row) order.</summary>
    public int[] VariableRows { get; }

    /// <summary>The true value of each unknown (positive): cells, then slacks.</summary>
    public long[] TrueValues { get; }

    /// <summary>Start of each equation's terms in <see cref="Terms"/>; one more entry than equations.</summary>
    public int[] EquationStarts { get; }

    /// <summary>The unknown of each term, equation after equation.</summary>
    public int[] Terms { get; }

    /// <summary>The coefficient of each term (+1 total, -1 part).</summary>
    public int[] Coefficients { get; }

    /// <summary>The margin group of each equation.</summary>
    public int[] EquationGroups { get; }

    /// <summary>Whether some equation is a months-within-r12 one (the system is then no network).</summary>
    public bool HasMonths { get; }

    /// <summary>The right-hand side of an equation: the true values of its unknowns with their coefficients.</summary>
    public long RightHandSide(int equation)
    {
        var b = 0L;
        for (var k = EquationStarts[equation]; k < EquationStarts[equation + 1]; k++)
        {
            b += Coefficients[k] * TrueValues[Terms[k]];
        }

        return b;
    }
}
