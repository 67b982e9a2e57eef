using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Osmo.Analytics.Validation;

/// <summary>A 128-bit fingerprint of a row's raw cells, for exact-duplicate detection in bounded memory.</summary>
/// <remarks>Two independent 64-bit lanes (an xxHash64-style round and a Murmur3-style round with different seeds
/// and constants), each finished with the Murmur3 avalanche. Every cell is prefixed by its length and the row by its
/// cell count, so <c>["ab","c"]</c> and <c>["a","bc"]</c> differ. At 10^7 rows the chance of any collision is about
/// 10^14 / 2^129, far below any hardware fault rate; a collision could only quarantine a row as a duplicate, never leak.</remarks>
internal static class RowHasher
{
    private const ulong P1 = 11400714785074694791UL;
    private const ulong P2 = 14029467366897019727UL;
    private const ulong M1 = 0x87c37b91114253d5UL;
    private const ulong M2 = 0x4cf5ad432745937fUL;

    public static UInt128 Hash(string[] cells)
    {
        ulong a = 0x9E3779B97F4A7C15UL, b = 0xD6E8FEB86659FD93UL;
        Mix(ref a, ref b, (ulong)cells.Length);
        foreach (var cell in cells)
        {
            Mix(ref a, ref b, (ulong)cell.Length);
            var bytes = MemoryMarshal.AsBytes(cell.AsSpan());
            while (bytes.Length >= 8)
            {
                Mix(ref a, ref b, BinaryPrimitives.ReadUInt64LittleEndian(bytes));
                bytes = bytes[8..];
            }

            if (!bytes.IsEmpty)
            {
                ulong tail = 0;
                for (var k = 0; k < bytes.Length; k++)
                {
                    tail |= (ulong)bytes[k] << (8 * k);
                }

                Mix(ref a, ref b, tail);
            }
        }

        return new UInt128(Avalanche(a), Avalanche(b ^ 0x27D4EB2F165667C5UL));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Mix(ref ulong a, ref ulong b, ulong word)
    {
        unchecked
        {
            a = BitOperations.RotateLeft(a + (word * P2), 31) * P1;
            b ^= BitOperations.RotateLeft(word * M1, 33) * M2;
            b = (BitOperations.RotateLeft(b, 27) * 5) + 0x52dce729UL;
        }
    }

    private static ulong Avalanche(ulong h)
    {
        unchecked
        {
            h ^= h >> 33;
            h *= 0xff51afd7ed558ccdUL;
            h ^= h >> 33;
            h *= 0xc4ceb9fe1a85ec53UL;
            h ^= h >> 33;
            return h;
        }
    }
}
