using Intranet.Core.Content;
using Intranet.Core.Models;
using Intranet.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using F = Intranet.Search.Indexing.IndexFields;

namespace Intranet.Search.Querying;

/// <summary>
/// <see cref="ArticleVisibility"/> as a Lucene query, evaluated with the clock at search time so scheduled
/// publishing and unpublishing need no reindexing. Keep the two in step: the tests compare them.
/// </summary>
public static class PermissionFilter
{
    /// <returns>Null when the reader may see everything.</returns>
    public static Query? For(ReaderContext reader, DateTimeOffset now)
    {
        if (reader.CanManageContent) return null;
        if (!reader.IsAuthenticated)
            return All(Live(now), Term(F.Audience, nameof(Audience.Public)), Term(F.Restricted, F.No));
        var visible = new BooleanQuery { { All(Live(now), ReaderUnitAllows(reader)), Occur.SHOULD } };
        if (reader.UserId is { } userId) visible.Add(Term(F.AuthorId, userId), Occur.SHOULD);
        if (reader.LedUnitIds.Count > 0)
        {
            var units = new BooleanQuery();
            foreach (var unit in reader.LedUnitIds) units.Add(Term(F.UnitId, unit.ToString()), Occur.SHOULD);
            visible.Add(All(Term(F.Status, nameof(ArticleStatus.Submitted)), units), Occur.SHOULD);
        }
        return visible;
    }

    public static Query Live(DateTimeOffset now) => All(
        Term(F.Status, nameof(ArticleStatus.Published)),
        NumericRangeQuery.NewInt64Range(F.PublishAt, null, now.UtcTicks, true, true),
        NumericRangeQuery.NewInt64Range(F.UnpublishAt, now.UtcTicks, null, false, true));

    /// <summary>Unrestricted, or restricted to a unit the reader works in or leads.</summary>
    private static BooleanQuery ReaderUnitAllows(ReaderContext reader)
    {
        var allowed = new BooleanQuery { { Term(F.Restricted, F.No), Occur.SHOULD } };
        var units = reader.LedUnitIds.Append(reader.UnitId ?? -1).Where(u => u >= 0).Distinct();
        foreach (var unit in units) allowed.Add(Term(F.ReaderUnit, unit.ToString()), Occur.SHOULD);
        return allowed;
    }

    private static TermQuery Term(string field, string value) => new(new Term(field, value));

    private static BooleanQuery All(params Query[] clauses)
    {
        var query = new BooleanQuery();
        foreach (var clause in clauses) query.Add(clause, Occur.MUST);
        return query;
    }
}
