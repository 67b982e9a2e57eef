namespace Osmo.Analytics.Validation;

/// <summary>A set of 128-bit row fingerprints: open addressing with linear probing over one flat array,
/// 16 bytes a slot (a <see cref="HashSet{T}"/> of <see cref="UInt128"/> needs 24 and a pointer chase).</summary>
/// <remarks>The fingerprints are already avalanche-mixed, so the low bits index the table directly. Zero marks an
/// empty slot; a fingerprint that happens to be zero is stored as one, which changes nothing measurable. The table
/// doubles at 70 % load.</remarks>
internal sealed class FingerprintSet
{
    private const int InitialCapacity = 1024;

    // A hint sizes the table for at most this many fingerprints (128 MB); beyond it the table grows as rows come.
    private const int MaxExpected = 4 << 20;

    private UInt128[] _slots;
    private int _count;

    /// <summary>Creates an empty set sized for about <paramref name="expected"/> fingerprints (0: small, growing).</summary>
    public FingerprintSet(int expected = 0)
    {
        var capacity = InitialCapacity;
        var wanted = (long)Math.Clamp(expected, 0, MaxExpected) * 10 / 7;
        while (capacity < wanted)
        {
            capacity *= 2;
        }

        _slots = new UInt128[capacity];
    }

    public int Count => _count;

    /// <summary>Adds a fingerprint; false when it was already there.</summary>
    public bool Add(UInt128 fingerprint)
    {
        if (fingerprint == UInt128.Zero)
        {
            fingerprint = UInt128.One;
        }

        if ((long)(_count + 1) * 10 > (long)_slots.Length * 7)
        {
            Grow();
        }

        if (!Insert(_slots, fingerprint))
        {
            return false;
        }

        _count++;
        return true;
    }

    private static bool Insert(UInt128[] slots, UInt128 fingerprint)
    {
        var mask = slots.Length - 1;
        var i = unchecked((int)((ulong)fingerprint & (ulong)mask));
        while (true)
        {
            var slot = slots[i];
            if (slot == UInt128.Zero)
            {
                slots[i] = fingerprint;
                return true;
            }

            if (slot == fingerprint)
            {
                return false;
            }

            i = (i + 1) & mask;
        }
    }

    private void Grow()
    {
        var bigger = new UInt128[checked(_slots.Length * 2)];
        foreach (var slot in _slots)
        {
            if (slot != UInt128.Zero)
            {
                Insert(bigger, slot);
            }
        }

        _slots = bigger;
    }
}
