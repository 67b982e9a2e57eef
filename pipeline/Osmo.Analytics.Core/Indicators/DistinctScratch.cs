namespace Osmo.Analytics.Indicators;

/// <summary>Distinct counting without sets: the records of ONE entity (a client, a group) OR their window masks
/// per cell here; <see cref="Flush"/> then adds each set bit once. An entity has few cells, so a linear scan wins.</summary>
internal sealed class DistinctScratch
{
    private readonly CounterSlot[] _slots;
    private int[] _cells = new int[16];
    private int[] _masks;
    private int _count;

    public DistinctScratch(params CounterSlot[] slots)
    {
        _slots = slots;
        _masks = new int[16 * slots.Length];
    }

    public void Clear() => _count = 0;

    /// <summary>ORs <paramref name="masks"/> (one per slot, in constructor order) into each of <paramref name="cells"/>.</summary>
    public void Or(ReadOnlySpan<int> cells, ReadOnlySpan<int> masks)
    {
        var k = _slots.Length;
        foreach (var cell in cells)
        {
            var at = Array.IndexOf(_cells, cell, 0, _count);
            if (at < 0)
            {
                if (_count == _cells.Length)
                {
                    Array.Resize(ref _cells, _count * 2);
                    Array.Resize(ref _masks, _count * 2 * k);
                }

                at = _count++;
                _cells[at] = cell;
                _masks.AsSpan(at * k, k).Clear();
            }

            for (var s = 0; s < k; s++)
            {
                _masks[(at * k) + s] |= masks[s];
            }
        }
    }

    public void Flush(IndicatorAccumulator accumulator)
    {
        var k = _slots.Length;
        for (var i = 0; i < _count; i++)
        {
            for (var s = 0; s < k; s++)
            {
                accumulator.Add(_slots[s], _cells[i], _masks[(i * k) + s]);
            }
        }

        _count = 0;
    }
}
