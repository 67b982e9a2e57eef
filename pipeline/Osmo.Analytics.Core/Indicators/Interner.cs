namespace Osmo.Analytics.Indicators;

/// <summary>Maps identifier strings to dense ints 0..Count-1 in first-seen order (deterministic for a given input order).</summary>
internal sealed class Interner(int capacity)
{
    private readonly Dictionary<string, int> _ids = new(capacity, StringComparer.Ordinal);

    public int Count => _ids.Count;

    public int Intern(string id)
    {
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_ids, id, out var exists);
        if (!exists)
        {
            slot = _ids.Count - 1;
        }

        return slot;
    }

    public int Find(string id) => _ids.GetValueOrDefault(id, -1);
}
