using Intranet.Core.Data;
using Intranet.Search.Analysis;
using Intranet.Search.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Search.Querying;

/// <summary>
/// The synonym list as a lookup from an analysed term ("rådmann") to the other terms of its group. Cached for a
/// few seconds so an edit on one node reaches every node quickly without a database read per search.
/// </summary>
public sealed class SynonymTable(IServiceScopeFactory scopes, SearchAnalyzers analyzers)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);
    private volatile Snapshot? _snapshot;

    private sealed record Snapshot(DateTime LoadedAt, IReadOnlyDictionary<string, string[]> ByKey);

    public IReadOnlyList<string> AlternativesFor(string text)
    {
        var key = analyzers.Normalise(text);
        return key.Length > 0 && Current().ByKey.TryGetValue(key, out var alternatives) ? alternatives : [];
    }

    public void Invalidate() => _snapshot = null;

    private Snapshot Current()
    {
        var snapshot = _snapshot;
        if (snapshot is not null && DateTime.UtcNow - snapshot.LoadedAt < Lifetime) return snapshot;
        snapshot = new Snapshot(DateTime.UtcNow, Load());
        _snapshot = snapshot;
        return snapshot;
    }

    private Dictionary<string, string[]> Load()
    {
        using var scope = scopes.CreateScope();
        var groups = scope.ServiceProvider.GetRequiredService<IntranetDbContext>().Set<SynonymGroup>().AsNoTracking().ToList();
        var byKey = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var terms in groups.Select(g => g.TermList().ToArray()))
            foreach (var term in terms)
            {
                var key = analyzers.Normalise(term);
                if (key.Length == 0) continue;
                var others = terms.Where(t => t != term);
                byKey[key] = byKey.TryGetValue(key, out var existing) ? [.. existing.Union(others)] : [.. others];
            }
        return byKey;
    }
}
