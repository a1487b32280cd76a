using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Time;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Search.Indexing;

/// <summary>
/// Applies change-log rows after the index's cursor, in order. Each changed article is re-read from the database,
/// so an upsert writes its current state and a missing article is deleted. The cursor only moves over a gap in ids
/// once the gap is a few seconds old: on PostgreSQL a slower transaction can commit a lower id after a higher one.
/// </summary>
public sealed class ChangeLogIndexer(IntranetDbContext db, ArticleDocuments documents, SearchIndex index, IClock clock)
{
    public const int BatchSize = 500;
    private static readonly TimeSpan GapPatience = TimeSpan.FromSeconds(5);

    /// <returns>The number of rows index.Applied.</returns>
    public async Task<int> ApplyPendingAsync(CancellationToken ct)
    {
        await index.Cycle.WaitAsync(ct);
        try { return await ApplyAsync(ct); }
        finally { index.Cycle.Release(); }
    }

    private async Task<int> ApplyAsync(CancellationToken ct)
    {
        index.EnsureOpen();
        var cursor = index.Cursor;
        var rows = await db.ChangeLog.AsNoTracking().Where(c => c.Id > cursor).OrderBy(c => c.Id).Take(BatchSize).ToListAsync(ct);
        if (rows.Count == 0) return 0;
        var fresh = rows.Where(r => !index.Applied.Contains(r.Id)).ToList();
        var ids = fresh.Select(r => r.ArticleId).Distinct().ToList();
        var articles = ids.Count == 0 ? [] : await documents.Loadable().Where(a => ids.Contains(a.Id)).ToListAsync(ct);
        var docs = new Dictionary<int, Document>();
        foreach (var article in articles) docs[article.Id] = await documents.BuildAsync(article, ct);
        var next = AdvanceCursor(cursor, rows);
        if (fresh.Count == 0 && next == cursor) return 0;
        index.Write(writer => Apply(writer, ids, docs), next);
        index.Applied.Add(fresh.Select(r => r.Id), next);
        return fresh.Count;
    }

    private static void Apply(IndexWriter writer, List<int> ids, Dictionary<int, Document> docs)
    {
        foreach (var id in ids)
        {
            var term = new Term(IndexFields.Id, id.ToString());
            if (docs.TryGetValue(id, out var doc)) writer.UpdateDocument(term, doc);
            else writer.DeleteDocuments(term);
        }
    }

    private long AdvanceCursor(long cursor, List<ChangeLogEntry> rows)
    {
        var now = clock.UtcNow;
        foreach (var row in rows)
        {
            if (row.Id != cursor + 1 && now - row.At < GapPatience) break;
            cursor = row.Id;
        }
        return cursor;
    }
}
