using System.Security.Cryptography;
using System.Text;
using Intranet.Insights.Tracking;
using Xunit;

namespace Intranet.Insights.Tests;

/// <summary>The HyperLogLog arithmetic behind the monthly unique readers: accuracy, and merging as register-wise max.</summary>
public sealed class ReaderSketchTests
{
    // A fixed salt keeps the test deterministic; any salt spreads users the same way statistically.
    private static readonly byte[] Salt = SHA256.HashData("insights-test"u8);

    private static Dictionary<int, int> Sketch(IEnumerable<int> users)
    {
        var sketch = new Dictionary<int, int>();
        foreach (var user in users)
        {
            var (register, rank) = ReaderSketch.Position(HMACSHA256.HashData(Salt, Encoding.UTF8.GetBytes($"user-{user}")));
            ReaderSketch.Add(sketch, register, rank);
        }
        return sketch;
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(5, 0)]
    [InlineData(37, 1)]
    [InlineData(120, 4)]
    [InlineData(400, 12)]
    public void Small_units_are_counted_practically_exactly(int readers, int slack)
    {
        // Linear counting over 4096 registers: a unit's readers rarely share a register, and the estimate corrects
        // for the expected collisions (standard deviation ≈ 0.5 readers at 50, 2.2 at 200, 4.5 at 400).
        Assert.InRange(ReaderSketch.Estimate(Sketch(Enumerable.Range(0, readers))), readers - slack, readers + slack);
    }

    [Theory]
    [InlineData(2_000)]
    [InlineData(15_000)]
    public void Large_counts_stay_within_a_few_standard_errors(int readers)
    {
        // Standard error 1.04/√4096 ≈ 1.6 %; 4 % is about 2.5 standard errors.
        var estimate = ReaderSketch.Estimate(Sketch(Enumerable.Range(0, readers)));
        Assert.InRange(estimate, readers * 0.96, readers * 1.04);
    }

    [Fact]
    public void Reading_again_changes_nothing_and_merging_is_the_union()
    {
        var a = Sketch(Enumerable.Range(0, 300));
        var b = Sketch(Enumerable.Range(200, 300));
        Assert.Equal(a, Sketch(Enumerable.Range(0, 300).Concat(Enumerable.Range(0, 300))));
        var merged = ReaderSketch.Merge([a, b]);
        Assert.Equal(Sketch(Enumerable.Range(0, 500)).OrderBy(r => r.Key), merged.OrderBy(r => r.Key));
        Assert.InRange(ReaderSketch.Estimate(merged), 490, 510);
    }

    [Fact]
    public void The_register_is_the_top_bits_and_the_rank_counts_leading_zeros_after_them()
    {
        Assert.Equal((0xABC, 1), ReaderSketch.Position([0xAB, 0xC8, 0, 0, 0, 0, 0, 0]));
        Assert.Equal((0xABC, 4), ReaderSketch.Position([0xAB, 0xC1, 0, 0, 0, 0, 0, 0]));
        Assert.Equal((0, 53), ReaderSketch.Position(new byte[8]));
    }
}
