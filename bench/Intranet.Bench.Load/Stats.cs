namespace Intranet.Bench.Load;

/// <summary>Latencies and counts of one timed run.</summary>
internal sealed class Stats(string name)
{
    private readonly List<double> _ms = new();
    private readonly Dictionary<string, int> _errors = new();
    public string Name { get; } = name;
    public double Seconds { get; set; }
    public int Requests { get { lock (_ms) return _ms.Count; } }
    public int Errors { get { lock (_errors) return _errors.Values.Sum(); } }

    public void Add(double ms) { lock (_ms) _ms.Add(ms); }

    public void Error(string what) { lock (_errors) _errors[what] = _errors.GetValueOrDefault(what) + 1; }

    public double Rps => Requests / Seconds;

    public double Percentile(double p)
    {
        lock (_ms)
        {
            if (_ms.Count == 0) return double.NaN;
            var sorted = _ms.Order().ToList();
            return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        }
    }

    public string ErrorSummary() { lock (_errors) return _errors.Count == 0 ? "none" : string.Join(", ", _errors.Select(e => $"{e.Key}×{e.Value}")); }
}
