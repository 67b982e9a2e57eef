using Osmo.Analytics.Indicators;

namespace Osmo.Analytics.Core.Tests.Disclosure;

/// <summary>One suppressed count the attacker recovered or narrowed down.</summary>
/// <param name="Row">Row index in the table.</param>
/// <param name="Component"><c>count</c>, <c>numerator</c>, <c>denominator</c> or <c>complement</c>.</param>
/// <param name="TrueValue">The value the attacker should not learn.</param>
/// <param name="How"><c>subtraction</c> (one unknown in one equation), <c>pinned</c> (the equations allow one value)
/// or <c>small</c> (they allow only values from 1 to threshold - 1).</param>
internal sealed record Recovery(int Row, string Component, long TrueValue, string How);

/// <summary>A part (<c>numerator</c>, <c>denominator</c>) of one indicator that is the count of another at the same key.</summary>
internal sealed record SameCount(string IndicatorId, string Component, string CountId);

/// <summary>The attacker of spec/outputs.md, written apart from the production code: from the published table (every
/// shown count and margin) it tries to recover each suppressed count, (1) by subtraction along every hierarchy and (2)
/// by any linear combination: it solves the integer system of all margin equations with non-negativity for the
/// feasible values of each suppressed count.</summary>
/// <remarks>
/// Hierarchies (rebuilt here from the level names): target groups within a municipality, a county and a peer group,
/// municipalities within a county and within a peer group (with and without target group), counties within all, and the 12 months within
/// r12 for <paramref name="isAdditiveOverMonths"/> ids. Shares publish numerator, denominator and complement, all
/// additive, tied by denominator = numerator + complement. A suppressed zero is taken as known (a zero is public
/// information). Unknowns are integers in 0..cap, cap far above every total, which only helps the attacker.
/// The feasibility search is bound propagation with bisection; it throws if it grows beyond its node budget so
/// a slow search fails a test instead of passing it.
/// </remarks>
internal sealed class TableAttacker
{
    /// <summary>The spec's definitions, written out here apart from the catalog: these parts are those counts. (Session
    /// and group counts are public facts about services, never hidden, so the group indicators' links give nothing.)</summary>
    public static readonly IReadOnlyList<SameCount> SpecSameCounts =
    [
        new("outreach_first_contact_pct", "denominator", "new_cases"),
        new("unplanned_closure_pct", "denominator", "closed_cases"),
        new("reach_pct", "numerator", "active_clients"),
        new("experience_expert_pct", "denominator", "active_clients"),
        new("clients_per_1000", "numerator", "active_clients"),
        new("social_rehab_decisions_per_1000", "numerator", "social_rehab_decisions"),
    ];

    private const int NodeBudget = 2_000_000;

    private readonly int _threshold;
    private readonly List<(string Name, int Row, long Value)> _unknowns = [];
    private readonly List<(int[] Variables, int[] Coefficients, long Constant)> _equations = [];
    private readonly long _cap;
    private int _nodes;

    public TableAttacker(
        IReadOnlyList<IndicatorValue> table,
        IReadOnlyList<bool> suppressed,
        int threshold,
        Func<string, bool> isAdditiveOverMonths,
        IReadOnlyList<SameCount>? sameCounts = null)
    {
        _threshold = threshold;
        var cells = new Dictionary<(int Row, string Component), long>();
        var unknownOf = new Dictionary<(int Row, string Component), int>();
        for (var row = 0; row < table.Count; row++)
        {
            foreach (var (component, value) in ComponentsOf(table[row]))
            {
                cells[(row, component)] = value;
                if (suppressed[row] && value > 0)
                {
                    unknownOf[(row, component)] = _unknowns.Count;
                    _unknowns.Add((component, row, value));
                }
            }
        }

        _cap = (cells.Values.Sum() * 2) + 100;
        // A total without any part row is no table (the parts were never computed); a missing part among others is 0.
        foreach (var (total, parts) in Hierarchies(table, isAdditiveOverMonths).Where(h => h.Parts.Length > 0))
        {
            foreach (var component in new[] { "count", "numerator", "denominator", "complement" })
            {
                if (!cells.ContainsKey((total, component)))
                {
                    continue;
                }

                // A margin of a distinct count need not add up (a client in two target groups): the attacker is told
                // which way it is off but not by how much, a slack unknown >= 0 that is not itself a count to protect.
                var offBy = cells[(total, component)] - parts.Sum(p => cells.GetValueOrDefault((p, component)));
                if (offBy == 0)
                {
                    AddEquation([(total, component, 1), .. parts.Select(p => (p, component, -1))]);
                }
                else
                {
                    var slack = (Row: -1 - _unknowns.Count, Component: "slack");
                    unknownOf[slack] = _unknowns.Count;
                    _unknowns.Add(("slack", slack.Row, Math.Abs(offBy)));
                    AddEquation([(total, component, 1), .. parts.Select(p => (p, component, -1)), (slack.Row, "slack", offBy > 0 ? -1 : 1)]);
                }
            }
        }

        // The same count published by two indicators: one unknown seen twice, i.e. an equation x - y = 0.
        foreach (var same in sameCounts ?? [])
        {
            var counts = table.Select((v, i) => (v, i)).Where(r => r.v.IndicatorId == same.CountId)
                .ToDictionary(r => (r.v.Period, r.v.Window, r.v.Level, r.v.WellbeingCounty, r.v.MunicipalityCode, r.v.TargetGroup, r.v.PeerGroup), r => r.i);
            for (var row = 0; row < table.Count; row++)
            {
                var v = table[row];
                if (v.IndicatorId == same.IndicatorId && cells.ContainsKey((row, same.Component))
                    && counts.TryGetValue((v.Period, v.Window, v.Level, v.WellbeingCounty, v.MunicipalityCode, v.TargetGroup, v.PeerGroup), out var count))
                {
                    AddEquation([(row, same.Component, 1), (count, "count", -1)]);
                }
            }
        }

        for (var row = 0; row < table.Count; row++)
        {
            if (cells.ContainsKey((row, "complement")))
            {
                AddEquation([(row, "denominator", 1), (row, "numerator", -1), (row, "complement", -1)]);
            }
        }

        void AddEquation(IEnumerable<(int Row, string Component, int Coefficient)> terms)
        {
            var variables = new List<int>();
            var coefficients = new List<int>();
            var constant = 0L;
            foreach (var (row, component, coefficient) in terms)
            {
                if (unknownOf.TryGetValue((row, component), out var unknown))
                {
                    variables.Add(unknown);
                    coefficients.Add(coefficient);
                }
                else
                {
                    // Published, or a suppressed zero: known. A missing part is a zero.
                    constant -= coefficient * cells.GetValueOrDefault((row, component));
                }
            }

            if (variables.Count > 0)
            {
                _equations.Add(([.. variables], [.. coefficients], constant));
            }
        }
    }

    public int UnknownCount => _unknowns.Count;

    /// <summary>Counts recovered by one subtraction: an equation with a single unknown that gives its true value (a
    /// distinct count's margin that does not add up gives a wrong one, which recovers nothing).</summary>
    public IReadOnlyList<Recovery> BySubtraction() =>
        _equations.Where(e => e.Variables.Length == 1 && e.Constant == e.Coefficients[0] * _unknowns[e.Variables[0]].Value)
            .Select(e => _unknowns[e.Variables[0]])
            .Where(u => u.Name != "slack")
            .Distinct()
            .Select(u => new Recovery(u.Row, u.Name, u.Value, "subtraction"))
            .ToList();

    /// <summary>Counts the whole system pins to one value or confines to 1..threshold-1.</summary>
    public IReadOnlyList<Recovery> ByCombination()
    {
        var recoveries = new List<Recovery>();
        for (var u = 0; u < _unknowns.Count; u++)
        {
            var (name, row, value) = _unknowns[u];
            if (name == "slack")
            {
                continue;
            }

            var canBeZero = IsFeasible(u, 0, 0);
            var canBeLarge = IsFeasible(u, _threshold, _cap);
            var canDiffer = canBeZero || IsFeasible(u, 0, value - 1) || IsFeasible(u, value + 1, _cap);
            if (!canDiffer)
            {
                recoveries.Add(new Recovery(row, name, value, "pinned"));
            }
            else if (!canBeZero && !canBeLarge)
            {
                recoveries.Add(new Recovery(row, name, value, "small"));
            }
        }

        return recoveries;
    }

    /// <summary>Whether some integer solution has unknown <paramref name="unknown"/> in [low, high].</summary>
    private bool IsFeasible(int unknown, long low, long high)
    {
        if (low > high)
        {
            return false;
        }

        var lower = new long[_unknowns.Count];
        var upper = Enumerable.Repeat(_cap, _unknowns.Count).ToArray();
        lower[unknown] = low;
        upper[unknown] = Math.Min(high, _cap);
        _nodes = 0;
        return Search(lower, upper);
    }

    private bool Search(long[] lower, long[] upper)
    {
        if (++_nodes > NodeBudget)
        {
            throw new InvalidOperationException("The attacker's search exceeded its budget.");
        }

        if (!Propagate(lower, upper))
        {
            return false;
        }

        var split = -1;
        for (var i = 0; i < lower.Length; i++)
        {
            if (lower[i] < upper[i] && (split < 0 || upper[i] - lower[i] < upper[split] - lower[split]))
            {
                split = i;
            }
        }

        if (split < 0)
        {
            return _equations.All(e => e.Variables.Select((v, k) => e.Coefficients[k] * lower[v]).Sum() == e.Constant);
        }

        var middle = lower[split] + ((upper[split] - lower[split]) / 2);
        var left = ((long[])lower.Clone(), (long[])upper.Clone());
        left.Item2[split] = middle;
        if (Search(left.Item1, left.Item2))
        {
            return true;
        }

        var right = ((long[])lower.Clone(), (long[])upper.Clone());
        right.Item1[split] = middle + 1;
        return Search(right.Item1, right.Item2);
    }

    /// <summary>Bounds consistency: each unknown within what every equation leaves for it.</summary>
    private bool Propagate(long[] lower, long[] upper)
    {
        bool changed;
        do
        {
            changed = false;
            foreach (var (variables, coefficients, constant) in _equations)
            {
                // sum(a_i x_i) = constant; the range of the sum over all terms:
                long min = 0, max = 0;
                for (var k = 0; k < variables.Length; k++)
                {
                    min += coefficients[k] > 0 ? lower[variables[k]] : -upper[variables[k]];
                    max += coefficients[k] > 0 ? upper[variables[k]] : -lower[variables[k]];
                }

                if (constant < min || constant > max)
                {
                    return false;
                }

                for (var k = 0; k < variables.Length; k++)
                {
                    var v = variables[k];
                    var termMin = coefficients[k] > 0 ? lower[v] : -upper[v];
                    var termMax = coefficients[k] > 0 ? upper[v] : -lower[v];

                    // This term = constant - (the others), whose range is [constant - (max - termMax), constant - (min - termMin)].
                    var newMin = constant - (max - termMax);
                    var newMax = constant - (min - termMin);
                    var (lo, hi) = coefficients[k] > 0 ? (newMin, newMax) : (-newMax, -newMin);
                    if (lo > lower[v])
                    {
                        lower[v] = lo;
                        changed = true;
                    }

                    if (hi < upper[v])
                    {
                        upper[v] = hi;
                        changed = true;
                    }

                    if (lower[v] > upper[v])
                    {
                        return false;
                    }
                }
            }
        }
        while (changed);

        return true;
    }

    private static IEnumerable<(string Component, long Value)> ComponentsOf(IndicatorValue value)
    {
        if (value.Denominator is null)
        {
            if (value.Numerator is { } count)
            {
                yield return ("count", count);
            }

            yield break;
        }

        if (value.Numerator is { } numerator && value.Denominator is { } denominator)
        {
            yield return ("numerator", numerator);
            yield return ("denominator", denominator);
            if (denominator >= numerator)
            {
                // No complement when the numerator is no part of the denominator (reach_pct without a need estimate).
                yield return ("complement", denominator - numerator);
            }
        }
    }

    /// <summary>Every (total row, part rows) of the table, found by matching level keys (indexed by table, so that a
    /// whole sample can be attacked).</summary>
    private static IEnumerable<(int Total, int[] Parts)> Hierarchies(IReadOnlyList<IndicatorValue> table, Func<string, bool> isAdditiveOverMonths)
    {
        var rows = table.Select((v, i) => (v, i)).ToList();
        var byTable = rows.ToLookup(r => (r.v.IndicatorId, r.v.Period, r.v.Window));
        var monthsOf = rows.Where(r => r.v.Window == "month")
            .ToLookup(r => (r.v.IndicatorId, r.v.Level, r.v.WellbeingCounty, r.v.MunicipalityCode, r.v.TargetGroup, r.v.PeerGroup));
        foreach (var (t, total) in rows)
        {
            var sameTable = byTable[(t.IndicatorId, t.Period, t.Window)];
            int[] Where(Func<IndicatorValue, bool> isPart) => [.. sameTable.Where(r => isPart(r.v)).Select(r => r.i)];

            switch (t.Level)
            {
                case "municipality":
                    yield return (total, Where(p => p.Level == "municipality_x_target_group" && p.MunicipalityCode == t.MunicipalityCode));
                    break;
                case "county_x_target_group":
                    yield return (total, Where(p => p.Level == "municipality_x_target_group" && p.WellbeingCounty == t.WellbeingCounty && p.TargetGroup == t.TargetGroup));
                    break;
                case "county":
                    yield return (total, Where(p => p.Level == "municipality" && p.WellbeingCounty == t.WellbeingCounty));
                    yield return (total, Where(p => p.Level == "county_x_target_group" && p.WellbeingCounty == t.WellbeingCounty));
                    break;
                case "all":
                    yield return (total, Where(p => p.Level == "county"));
                    break;
                case "peer_group":
                    yield return (total, Where(p => p.Level == "municipality" && p.PeerGroup == t.PeerGroup));
                    yield return (total, Where(p => p.Level == "peer_group_x_target_group" && p.PeerGroup == t.PeerGroup));
                    break;
                case "peer_group_x_target_group":
                    yield return (total, Where(p => p.Level == "municipality_x_target_group" && p.PeerGroup == t.PeerGroup && p.TargetGroup == t.TargetGroup));
                    break;
                default:
                    break;
            }

            if (t.Window == "r12" && isAdditiveOverMonths(t.IndicatorId))
            {
                var first = t.Period.AddMonths(-11);
                yield return (total, [.. monthsOf[(t.IndicatorId, t.Level, t.WellbeingCounty, t.MunicipalityCode, t.TargetGroup, t.PeerGroup)]
                    .Where(r => r.v.Period >= first && r.v.Period <= t.Period).Select(r => r.i)]);
            }
        }
    }
}
