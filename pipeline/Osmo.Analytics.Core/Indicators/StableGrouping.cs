namespace Osmo.Analytics.Indicators;

/// <summary>Counting sort of row indices by a dense int key (stable: rows keep input order within a key).
/// O(rows + keys), no comparisons; the way records are grouped by client or group before distinct counting.</summary>
internal sealed class StableGrouping
{
    private StableGrouping(int[] start, int[] order)
    {
        Start = start;
        Order = order;
    }

    /// <summary>Rows of key k are <c>Order[Start[k] .. Start[k + 1])</c>.</summary>
    public int[] Start { get; }

    public int[] Order { get; }

    public int KeyCount => Start.Length - 1;

    public ReadOnlySpan<int> Rows(int key) => Order.AsSpan(Start[key], Start[key + 1] - Start[key]);

    /// <summary>Groups rows 0..keys.Length-1 by key; negative keys are left out.</summary>
    public static StableGrouping Build(ReadOnlySpan<int> keys, int keyCount)
    {
        var start = new int[keyCount + 1];
        foreach (var k in keys)
        {
            if (k >= 0)
            {
                start[k + 1]++;
            }
        }

        for (var k = 0; k < keyCount; k++)
        {
            start[k + 1] += start[k];
        }

        var next = start.AsSpan(0, keyCount).ToArray();
        var order = new int[start[keyCount]];
        for (var i = 0; i < keys.Length; i++)
        {
            var k = keys[i];
            if (k >= 0)
            {
                order[next[k]++] = i;
            }
        }

        return new StableGrouping(start, order);
    }
}
