using System.Buffers.Binary;
using System.Numerics;

namespace Intranet.Insights.Tracking;

/// <summary>
/// HyperLogLog arithmetic for the monthly unique readers: 2^12 registers (standard error 1.04/√4096 ≈ 1.6 % for
/// large counts; small counts use linear counting, which is practically exact for a unit's few hundred readers).
/// A sketch is the sparse map register → rank; merging sketches is the register-wise maximum.
/// </summary>
public static class ReaderSketch
{
    public const int Precision = 12;
    public const int Registers = 1 << Precision;

    /// <summary>The register and rank a keyed hash (at least 8 bytes) sets.</summary>
    public static (int Register, int Rank) Position(ReadOnlySpan<byte> keyedHash)
    {
        var bits = BinaryPrimitives.ReadUInt64BigEndian(keyedHash);
        var register = (int)(bits >> (64 - Precision));
        var rest = bits << Precision;
        var rank = rest == 0 ? 64 - Precision + 1 : BitOperations.LeadingZeroCount(rest) + 1;
        return (register, rank);
    }

    /// <summary>Adds a position to a sparse sketch (keeps the larger rank).</summary>
    public static void Add(IDictionary<int, int> sketch, int register, int rank)
    {
        if (!sketch.TryGetValue(register, out var current) || current < rank) sketch[register] = rank;
    }

    /// <summary>The union of sketches: register-wise maximum.</summary>
    public static Dictionary<int, int> Merge(IEnumerable<IReadOnlyDictionary<int, int>> sketches)
    {
        var merged = new Dictionary<int, int>();
        foreach (var sketch in sketches)
            foreach (var (register, rank) in sketch) Add(merged, register, rank);
        return merged;
    }

    /// <summary>The estimated number of distinct readers behind a sparse sketch, rounded to a whole number.</summary>
    public static double Estimate(IReadOnlyDictionary<int, int> sketch)
    {
        if (sketch.Count == 0) return 0;
        const double m = Registers;
        var empty = m - sketch.Count;
        var sum = empty + sketch.Values.Sum(rank => Math.Pow(2, -rank));
        var alpha = 0.7213 / (1 + 1.079 / m);
        var raw = alpha * m * m / sum;
        // Small range: linear counting over the empty registers is far more precise than the raw estimate.
        var estimate = raw <= 2.5 * m && empty > 0 ? m * Math.Log(m / empty) : raw;
        return Math.Round(estimate);
    }
}
