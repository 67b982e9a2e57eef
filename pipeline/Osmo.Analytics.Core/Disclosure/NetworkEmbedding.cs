namespace Osmo.Analytics.Disclosure;

/// <summary>Lays the equations of an <see cref="AuditSystem"/> out as a network for <see cref="NetworkBounds"/>: each
/// embedded equation becomes a node, each unknown an arc between the (at most two) embedded equations it is in.</summary>
/// <remarks>
/// An unknown may sit in two embedded equations only with opposite signs once each equation is given an orientation
/// (+1 or -1, the whole equation multiplied by it); orientations are kept consistent with a union-find that stores
/// each equation's sign relative to its root. An equation that does not fit is left out and must then be shown to be
/// implied (<see cref="IsImplied"/>): a sum of oriented node equations with weights (potentials) that reproduces it.
/// </remarks>
internal sealed class NetworkEmbedding
{
    private readonly AuditSystem _system;
    private readonly int[] _parent;
    private readonly int[] _parity;
    private readonly bool[] _isEmbedded;
    private readonly int[] _firstEquation;
    private readonly int[] _firstCoefficient;
    private readonly int[] _secondEquation;
    private readonly int[] _secondCoefficient;
    private readonly int[] _rootStamp;
    private readonly int[] _rootRelation;
    private readonly List<int> _roots = [];
    private int[]? _nodeOf;
    private int _stamp;

    /// <summary>Starts with no equation embedded.</summary>
    public NetworkEmbedding(AuditSystem system)
    {
        _system = system;
        var equations = system.EquationCount;
        var variables = system.VariableCount;
        _parent = new int[equations];
        _parity = new int[equations];
        _isEmbedded = new bool[equations];
        _rootStamp = new int[equations];
        _rootRelation = new int[equations];
        for (var e = 0; e < equations; e++)
        {
            _parent[e] = e;
            _parity[e] = 1;
        }

        _firstEquation = new int[variables];
        _secondEquation = new int[variables];
        _firstCoefficient = new int[variables];
        _secondCoefficient = new int[variables];
        Array.Fill(_firstEquation, -1);
        Array.Fill(_secondEquation, -1);
    }

    /// <summary>Embeds equation <paramref name="equation"/> when every unknown of it is in at most one embedded
    /// equation so far and some orientation gives each of those unknowns opposite signs in its two equations.</summary>
    public bool TryEmbed(int equation)
    {
        _stamp++;
        _roots.Clear();
        for (var k = _system.EquationStarts[equation]; k < _system.EquationStarts[equation + 1]; k++)
        {
            var v = _system.Terms[k];
            if (_secondEquation[v] >= 0)
            {
                return false;
            }

            if (_firstEquation[v] < 0)
            {
                continue;
            }

            // sign(equation) * a = -(sign(first) * a1), sign(first) = p * sign(root): sign(equation) = -a * a1 * p * sign(root).
            var (root, p) = Find(_firstEquation[v]);
            var relation = -_system.Coefficients[k] * _firstCoefficient[v] * p;
            if (_rootStamp[root] == _stamp)
            {
                if (_rootRelation[root] != relation)
                {
                    return false;
                }

                continue;
            }

            _rootStamp[root] = _stamp;
            _rootRelation[root] = relation;
            _roots.Add(root);
        }

        for (var k = _system.EquationStarts[equation]; k < _system.EquationStarts[equation + 1]; k++)
        {
            var v = _system.Terms[k];
            if (_firstEquation[v] < 0)
            {
                _firstEquation[v] = equation;
                _firstCoefficient[v] = _system.Coefficients[k];
            }
            else
            {
                _secondEquation[v] = equation;
                _secondCoefficient[v] = _system.Coefficients[k];
            }
        }

        foreach (var root in _roots)
        {
            // sign(root) = relation * sign(equation).
            _parent[root] = equation;
            _parity[root] = _rootRelation[root];
        }

        _isEmbedded[equation] = true;
        return true;
    }

    /// <summary>The network: node count (embedded equations, then the ground node) and each unknown's tail and head
    /// (an unknown in one embedded equation runs to or from the ground; in none, it loops at the ground).</summary>
    public (int Nodes, int[] Tail, int[] Head) Arcs()
    {
        var equations = _system.EquationCount;
        _nodeOf = new int[equations];
        var nodes = 0;
        for (var e = 0; e < equations; e++)
        {
            _nodeOf[e] = _isEmbedded[e] ? nodes++ : -1;
        }

        var ground = nodes;
        var variables = _system.VariableCount;
        var tail = new int[variables];
        var head = new int[variables];
        for (var v = 0; v < variables; v++)
        {
            if (_firstEquation[v] < 0)
            {
                tail[v] = ground;
                head[v] = ground;
                continue;
            }

            var first = _nodeOf[_firstEquation[v]];
            var second = _secondEquation[v] >= 0 ? _nodeOf[_secondEquation[v]] : ground;
            // The arc leaves the node where its oriented coefficient is +1.
            var leavesFirst = (Find(_firstEquation[v]).Sign * _firstCoefficient[v]) > 0;
            tail[v] = leavesFirst ? first : second;
            head[v] = leavesFirst ? second : first;
        }

        return (nodes + 1, tail, head);
    }

    /// <summary>Whether a left-out equation is a weighted sum of the node equations: potentials with
    /// <c>potential(tail) - potential(head) = its coefficient</c> on every arc (0 off the equation), the ground at 0.</summary>
    public bool IsImplied(int equation, int nodes, int[] tail, int[] head)
    {
        var coefficient = new int[_system.VariableCount];
        for (var k = _system.EquationStarts[equation]; k < _system.EquationStarts[equation + 1]; k++)
        {
            coefficient[_system.Terms[k]] = _system.Coefficients[k];
        }

        var arcStarts = new int[nodes + 1];
        foreach (var n in tail)
        {
            arcStarts[n + 1]++;
        }

        foreach (var n in head)
        {
            arcStarts[n + 1]++;
        }

        for (var n = 0; n < nodes; n++)
        {
            arcStarts[n + 1] += arcStarts[n];
        }

        var arcs = new int[arcStarts[nodes]];
        var fill = arcStarts[..^1];
        for (var a = 0; a < tail.Length; a++)
        {
            arcs[fill[tail[a]]++] = a;
            arcs[fill[head[a]]++] = a;
        }

        var potential = new long[nodes];
        var known = new bool[nodes];
        var queue = new Queue<int>();
        // The ground first (its potential is fixed at 0), then any node left in a part without ground arcs.
        for (var start = nodes - 1; start >= 0; start--)
        {
            if (known[start])
            {
                continue;
            }

            known[start] = true;
            queue.Enqueue(start);
            while (queue.TryDequeue(out var node))
            {
                for (var k = arcStarts[node]; k < arcStarts[node + 1]; k++)
                {
                    var a = arcs[k];
                    var other = tail[a] == node ? head[a] : tail[a];
                    if (!known[other])
                    {
                        potential[other] = tail[a] == node ? potential[node] - coefficient[a] : potential[node] + coefficient[a];
                        known[other] = true;
                        queue.Enqueue(other);
                    }
                }
            }
        }

        for (var a = 0; a < tail.Length; a++)
        {
            if (potential[tail[a]] - potential[head[a]] != coefficient[a])
            {
                return false;
            }
        }

        return true;
    }

    private (int Root, int Sign) Find(int equation)
    {
        var sign = 1;
        var root = equation;
        while (_parent[root] != root)
        {
            sign *= _parity[root];
            root = _parent[root];
        }

        // Path compression: point every equation on the way straight at the root, with its sign relative to it.
        var x = equation;
        var xSign = sign;
        while (_parent[x] != x)
        {
            var next = _parent[x];
            var nextSign = xSign * _parity[x];
            _parent[x] = root;
            _parity[x] = xSign;
            x = next;
            xSign = nextSign;
        }

        return (root, sign);
    }
}
