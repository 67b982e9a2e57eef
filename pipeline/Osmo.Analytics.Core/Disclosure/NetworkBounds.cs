namespace Osmo.Analytics.Disclosure;

/// <summary>Exact ranges of the unknowns of an <see cref="AuditSystem"/> that is a network: each unknown is an arc,
/// each equation a node, and the range of an arc is found by augmenting paths instead of a simplex.</summary>
/// <remarks>
/// The margins of one table (one period, window and indicator) form a network once the equations
/// <c>county = sum of its municipalities</c> are set aside: all -&gt; county -&gt; county x target group -&gt;
/// municipality x target group -&gt; municipality -&gt; back to all. Those set-aside equations are implied by the others
/// (<c>county = sum of its target groups</c>, each of which sums municipality x target group cells, each of which sums
/// to a municipality), which is checked, not assumed: <see cref="TryCreate"/> embeds the equations greedily (each
/// unknown in at most two, with opposite signs after flipping whole equations) and accepts the rest only when node
/// potentials show them to be sums of embedded ones. Otherwise it returns null and the caller uses the simplex.
/// Months within r12 make a third equation per cell, so a system with them is never a network.
/// <para>Ranges come from the truth x*, which is feasible: any other solution differs from it by a circulation on
/// the residual graph, where an unknown can grow without bound (forward) and shrink by its value (backward). So x_e can
/// fall by the most flow that can be sent from its tail to its head without it, and rise by the most from its head to
/// its tail; flows are integral, so these are also the integer ranges the attacker of the tests searches.</para>
/// </remarks>
internal sealed class NetworkBounds
{
    private const long Unbounded = long.MaxValue;

    private readonly int[] _tail;
    private readonly int[] _head;
    private readonly long[] _value;
    private readonly int[] _adjacencyStarts;
    private readonly int[] _adjacency;
    private readonly long[] _change;
    private readonly int[] _visitStamp;
    private readonly int[] _via;
    private readonly int[] _queue;
    private readonly List<int> _touched = [];
    private int _stamp;

    private NetworkBounds(int nodes, int[] tail, int[] head, long[] value)
    {
        _tail = tail;
        _head = head;
        _value = value;
        _change = new long[tail.Length];
        _visitStamp = new int[nodes];
        _via = new int[nodes];
        _queue = new int[nodes];
        _adjacencyStarts = new int[nodes + 1];
        for (var a = 0; a < tail.Length; a++)
        {
            _adjacencyStarts[tail[a] + 1]++;
            _adjacencyStarts[head[a] + 1]++;
        }

        for (var n = 0; n < nodes; n++)
        {
            _adjacencyStarts[n + 1] += _adjacencyStarts[n];
        }

        // Entry 2a + 0: arc a seen from its tail (use it forward); 2a + 1: seen from its head (backward).
        _adjacency = new int[_adjacencyStarts[nodes]];
        var fill = _adjacencyStarts[..^1];
        for (var a = 0; a < tail.Length; a++)
        {
            _adjacency[fill[tail[a]]++] = 2 * a;
            _adjacency[fill[head[a]]++] = (2 * a) + 1;
        }
    }

    /// <summary>The system as a network, or null when it is not one (the caller then solves it as a linear program).</summary>
    /// <param name="system">The equations.</param>
    /// <param name="isDeferred">Equations to embed last (those most likely implied by the others).</param>
    public static NetworkBounds? TryCreate(AuditSystem system, Func<int, bool> isDeferred)
    {
        if (system.HasMonths)
        {
            return null;
        }

        var equations = system.EquationCount;
        var order = new int[equations];
        var next = 0;
        for (var pass = 0; pass < 2; pass++)
        {
            for (var e = 0; e < equations; e++)
            {
                if (isDeferred(e) == (pass == 1))
                {
                    order[next++] = e;
                }
            }
        }

        var embedding = new NetworkEmbedding(system);
        var extra = new List<int>();
        foreach (var e in order)
        {
            if (!embedding.TryEmbed(e))
            {
                extra.Add(e);
            }
        }

        var (nodes, tail, head) = embedding.Arcs();
        if (tail is null)
        {
            return null;
        }

        foreach (var e in extra)
        {
            if (!embedding.IsImplied(e, nodes, tail, head))
            {
                return null;
            }
        }

        return new NetworkBounds(nodes, tail, head, system.TrueValues);
    }

    /// <summary>Whether the attacker can tell unknown <paramref name="arc"/>: its range is one value, or lies within
    /// 1..threshold-1.</summary>
    public bool IsDisclosed(int arc, int threshold)
    {
        if (_tail[arc] == _head[arc])
        {
            // In no equation: free.
            return false;
        }

        var value = _value[arc];
        var decrease = MaxFlow(_tail[arc], _head[arc], arc, value);
        if (decrease >= value)
        {
            // Can be 0: neither pinned nor confined to small values.
            return false;
        }

        var toLarge = Math.Max(0, threshold - value);
        var toDiffer = decrease > 0 ? 0 : 1;
        var target = Math.Max(toLarge, toDiffer);
        var increase = target == 0 ? 0 : MaxFlow(_head[arc], _tail[arc], arc, target);
        return increase < toLarge || increase < toDiffer;
    }

    /// <summary>The most flow (up to <paramref name="target"/>) from one node to another on the residual graph of the
    /// truth, without arc <paramref name="excluded"/>: Edmonds-Karp, stopping as soon as the target is reached.</summary>
    private long MaxFlow(int source, int sink, int excluded, long target)
    {
        var total = 0L;
        while (total < target)
        {
            var bottleneck = ShortestPath(source, sink, excluded);
            if (bottleneck == 0)
            {
                break;
            }

            if (bottleneck == Unbounded)
            {
                total = target;
                break;
            }

            var push = Math.Min(bottleneck, target - total);
            for (var node = sink; node != source;)
            {
                var entry = _via[node];
                var a = entry >> 1;
                if (_change[a] == 0)
                {
                    _touched.Add(a);
                }

                // Forward use raises the arc, backward use lowers it.
                _change[a] += (entry & 1) == 0 ? push : -push;
                node = (entry & 1) == 0 ? _tail[a] : _head[a];
            }

            total += push;
        }

        foreach (var a in _touched)
        {
            _change[a] = 0;
        }

        _touched.Clear();
        return total;
    }

    /// <summary>Breadth-first search for an augmenting path; returns its bottleneck (0 when there is none).</summary>
    private long ShortestPath(int source, int sink, int excluded)
    {
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_visitStamp);
            _stamp = 1;
        }

        var head = 0;
        var count = 0;
        _queue[count++] = source;
        _visitStamp[source] = _stamp;
        while (head < count)
        {
            var node = _queue[head++];
            for (var k = _adjacencyStarts[node]; k < _adjacencyStarts[node + 1]; k++)
            {
                var entry = _adjacency[k];
                var a = entry >> 1;
                var forward = (entry & 1) == 0;
                // Forward: the arc can always grow. Backward: it can shrink to 0.
                if (a == excluded || (!forward && _value[a] + _change[a] <= 0))
                {
                    continue;
                }

                var other = forward ? _head[a] : _tail[a];
                if (_visitStamp[other] == _stamp)
                {
                    continue;
                }

                _visitStamp[other] = _stamp;
                _via[other] = entry;
                if (other == sink)
                {
                    return Bottleneck(source, sink);
                }

                _queue[count++] = other;
            }
        }

        return 0;
    }

    private long Bottleneck(int source, int sink)
    {
        var bottleneck = Unbounded;
        for (var node = sink; node != source;)
        {
            var entry = _via[node];
            var a = entry >> 1;
            if ((entry & 1) == 1)
            {
                bottleneck = Math.Min(bottleneck, _value[a] + _change[a]);
                node = _head[a];
            }
            else
            {
                node = _tail[a];
            }
        }

        return bottleneck;
    }
}
