namespace Osmo.Analytics.Disclosure;

/// <content>The attacker's equation system for one component of one connected set.</content>
internal sealed partial class SuppressionAudit
{
    private (double[] Matrix, double[] RightHandSide) BuildSystem(List<int> set, bool[] suppressed, int component, bool withMonths, int columns, int stamp)
    {
        var rows = new List<double[]>();
        var rightHandSide = new List<double>();
        foreach (var row in set)
        {
            for (var k = _table.RowGroupStarts[row]; k < _table.RowGroupStarts[row + 1]; k++)
            {
                var group = _table.RowGroups[k];
                if (_groupStamp[group] == stamp || !_table.HasEquation(group, component)
                    || (!withMonths && _table.GroupKinds[group] == MarginKind.Months))
                {
                    continue;
                }

                _groupStamp[group] = stamp;
                var equation = new double[columns];
                var b = 0.0;
                var any = Add(equation, ref b, _table.GroupTotals[group], component, 1.0, suppressed);
                for (var p = _table.PartStarts[group]; p < _table.PartStarts[group + 1]; p++)
                {
                    any |= Add(equation, ref b, _table.Parts[p], component, -1.0, suppressed);
                }

                if (any)
                {
                    rows.Add(equation);
                    rightHandSide.Add(b);
                }
            }
        }

        var matrix = new double[rows.Count * columns];
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i].CopyTo(matrix, i * columns);
        }

        return (matrix, [.. rightHandSide]);
    }

    /// <summary>Puts a suppressed positive cell into the equation as an unknown; known cells drop out (their
    /// contribution is exactly what b = sum of the unknowns' true values leaves out).</summary>
    private bool Add(double[] equation, ref double b, int row, int component, double coefficient, bool[] suppressed)
    {
        var variable = _variableOf[(row * Components) + component];
        if (!suppressed[row] || variable < 0)
        {
            return false;
        }

        equation[variable] += coefficient;
        b += coefficient * _table.Value(row, component);
        return true;
    }
}
