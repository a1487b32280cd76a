using Intranet.Core.Data;
using Intranet.Search.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Search.Querying;

/// <summary>Pinned articles per normalised query, cached for a few seconds like the synonyms.</summary>
public sealed class BestBetTable(IServiceScopeFactory scopes)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);
    private volatile Snapshot? _snapshot;

    private sealed record Snapshot(DateTime LoadedAt, ILookup<string, int> ByQuery);

    public IReadOnlyList<int> ArticleIdsFor(string normalisedQuery) => Current().ByQuery[normalisedQuery].ToList();

    public void Invalidate() => _snapshot = null;

    private Snapshot Current()
    {
        var snapshot = _snapshot;
        if (snapshot is not null && DateTime.UtcNow - snapshot.LoadedAt < Lifetime) return snapshot;
        using var scope = scopes.CreateScope();
        var bets = scope.ServiceProvider.GetRequiredService<IntranetDbContext>().Set<BestBet>().AsNoTracking()
            .OrderBy(b => b.Order).ThenBy(b => b.Id).ToList();
        snapshot = new Snapshot(DateTime.UtcNow, bets.ToLookup(b => b.Query, b => b.ArticleId));
        _snapshot = snapshot;
        return snapshot;
    }
}
