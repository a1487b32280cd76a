namespace Intranet.Bench.Load;

/// <summary>
/// One browser's cookies. Like a browser it takes every Set-Cookie back: the session cookie is re-issued when the
/// security stamp is re-validated (every 30 s), and a client that kept the old one would be re-validated, and
/// refused the cache, on every request.
/// </summary>
internal sealed class BrowserSession(string cookieHeader)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, string> _cookies = Parse(cookieHeader);

    public string Header { get { lock (_gate) return string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")); } }

    public void Take(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var values)) return;
        lock (_gate)
            foreach (var value in values)
            {
                var pair = value.Split(';')[0];
                var eq = pair.IndexOf('=');
                if (eq <= 0) continue;
                var (name, content) = (pair[..eq], pair[(eq + 1)..]);
                if (content.Length == 0 || value.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)) _cookies.Remove(name);
                else _cookies[name] = content;
            }
    }

    private static Dictionary<string, string> Parse(string header) =>
        header.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
}
