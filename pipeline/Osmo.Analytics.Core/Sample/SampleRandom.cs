namespace Osmo.Analytics.Sample;

/// <summary>Seed mixing and the few distributions the simulators need, on top of a seeded <see cref="Random"/>.</summary>
/// <remarks>Every municipality and every export draws from its own stream (<see cref="For"/>), so one export can be
/// regenerated without the others: the meter export re-simulates a municipality's cases from the same stream
/// instead of holding every case in memory.</remarks>
internal static class SampleRandom
{
    /// <summary>Stream ids passed to <see cref="For"/>.</summary>
    public const int CaseStream = 1, MeterStream = 2, GroupStream = 3, AttendanceStream = 4, WorldStream = 5;

    /// <summary>A deterministic stream for one seed, municipality and purpose.</summary>
    public static Random For(int seed, int municipalityIndex, int stream) => new(Mix(seed, municipalityIndex, stream));

    /// <summary>A well-spread non-negative 31-bit combination of the three numbers (a murmur-style finaliser).</summary>
    public static int Mix(int seed, int a, int b)
    {
        unchecked
        {
            var h = (uint)seed * 0x9E3779B1u;
            h ^= (uint)(a + 1) * 0x85EBCA77u;
            h = ((h << 13) | (h >> 19)) * 5u + 0xE6546B64u;
            h ^= (uint)(b + 7) * 0xC2B2AE3Du;
            h ^= h >> 16;
            h *= 0x85EBCA6Bu;
            h ^= h >> 13;
            return (int)(h & 0x7FFFFFFF);
        }
    }

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public static bool Chance(this Random rng, double p) => rng.NextDouble() < p;

    /// <summary>A uniform integer in [<paramref name="min"/>, <paramref name="max"/>] (both inclusive).</summary>
    public static int Between(this Random rng, int min, int max) => rng.Next(min, max + 1);

    /// <summary>A normal draw (Box-Muller).</summary>
    public static double Normal(this Random rng, double mean, double sd)
    {
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return mean + (sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }

    /// <summary>An index drawn in proportion to <paramref name="weights"/> (weights need not sum to 1).</summary>
    public static int Pick(this Random rng, ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }

        var x = rng.NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
