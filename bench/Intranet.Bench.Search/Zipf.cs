namespace Intranet.Bench.Search;

/// <summary>Draws words with Zipf-like frequencies: the word at rank r is picked with weight 1 / r.</summary>
internal sealed class Zipf
{
    private readonly string[] _words;
    private readonly double[] _cumulative;

    public Zipf(string[] words, double exponent = 1.0)
    {
        _words = words;
        _cumulative = new double[words.Length];
        var sum = 0.0;
        for (var r = 0; r < words.Length; r++) _cumulative[r] = sum += 1.0 / Math.Pow(r + 1, exponent);
    }

    public int Count => _words.Length;

    public string Next(Random random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        return _words[index < 0 ? Math.Min(~index, _words.Length - 1) : index];
    }
}
