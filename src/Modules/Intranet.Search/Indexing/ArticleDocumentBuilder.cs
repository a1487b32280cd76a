using Intranet.Core.Markdown;
using Intranet.Core.Models;
using Intranet.Core.Search;
using Intranet.Search.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using F = Intranet.Search.Indexing.IndexFields;

namespace Intranet.Search.Indexing;

/// <summary>Turns an article (with its unit, values and tags loaded) into one search document.</summary>
public sealed class ArticleDocumentBuilder(IMarkdownRenderer markdown)
{
    public Document Build(Article article, IReadOnlyList<ArticleIndexField> extra)
    {
        var body = PlainBody(article);
        var head = string.Concat(article.Title, "\n", article.Summary, "\n");
        // One tokenisation of title, summary and body feeds the title, summary, body, compound and vocabulary fields
        // (a line break always ends a token, so each part gets the tokens it would get alone).
        var tokens = new CapturedTokens(head + body);
        var summaryStart = article.Title.Length + 1;
        var summaryTokens = tokens.FirstAtOrAfter(summaryStart);
        var bodyTokens = tokens.FirstAtOrAfter(head.Length);
        var doc = new Document
        {
            new StringField(F.Id, article.Id.ToString(), Field.Store.YES),
            new StoredField(F.Title, article.Title),
            new Field(F.Title, NorwegianTextAnalyzer.AfterLowerCase(tokens.Replay(0, 0, summaryTokens), decompound: false), TextField.TYPE_NOT_STORED),
            new StringField(F.TitleLower, article.Title.ToLowerInvariant(), Field.Store.NO),
            new StoredField(F.Summary, article.Summary),
            new Field(F.Summary, NorwegianTextAnalyzer.AfterLowerCase(tokens.Replay(summaryTokens, summaryStart, bodyTokens), decompound: false), TextField.TYPE_NOT_STORED),
            new StoredField(F.Body, body),
            new Field(F.Body, NorwegianTextAnalyzer.AfterLowerCase(tokens.Replay(bodyTokens, head.Length), decompound: false), IndexFieldTypes.Body),
            // The compound parts keep their positions: phrases are searched there too ("helse og omsorg" matches
            // "helsetjenester og omsorgsboliger"), so dropping them would change what phrases find.
            new TextField(F.Compound, NorwegianTextAnalyzer.AfterLowerCase(tokens.Replay(), decompound: true)),
            new Field(F.Spell, new DistinctTokenFilter(tokens.Replay()), IndexFieldTypes.Vocabulary),
            new TextField(F.Author, article.AuthorName, Field.Store.NO),
            new StringField(F.Kind, article.Kind, Field.Store.YES),
            new StringField(F.Slug, article.Slug, Field.Store.YES),
            new SortedDocValuesField(F.KindDv, new BytesRef(article.Kind)),
        };
        AddPermissionFields(doc, article);
        AddUnit(doc, article.Unit);
        AddDates(doc, article);
        foreach (var value in article.Values)
        {
            doc.Add(new StringField(F.Value, value.ValueSlug, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(F.ValueDv, new BytesRef(value.ValueSlug)));
        }
        foreach (var tag in article.Tags) doc.Add(new TextField(F.Tags, tag.Tag, Field.Store.NO));
        foreach (var field in extra)
            doc.Add(field.IsText ? new TextField(F.Extra, field.Value, Field.Store.NO) : new StringField(field.Name, field.Value, Field.Store.NO));
        return doc;
    }

    /// <summary>The body's text from the stored, sanitised HTML (fast); from the Markdown only when there is no HTML.</summary>
    private string PlainBody(Article article) =>
        article.BodyHtml.Length > 0 || article.BodyMarkdown.Length == 0
            ? HtmlPlainText.From(article.BodyHtml)
            : markdown.ToPlainText(article.BodyMarkdown);

    private static void AddPermissionFields(Document doc, Article article)
    {
        doc.Add(new StringField(F.Status, article.Status.ToString(), Field.Store.NO));
        doc.Add(new StringField(F.Audience, article.Audience.ToString(), Field.Store.NO));
        if (article.AuthorId is { } author) doc.Add(new StringField(F.AuthorId, author, Field.Store.NO));
        if (article.UnitId is { } unit) doc.Add(new StringField(F.UnitId, unit.ToString(), Field.Store.NO));
        // Restricted news (ArticleReaderUnit): a flag, so "not restricted" is a plain term, and the allowed units.
        doc.Add(new StringField(F.Restricted, article.ReaderUnits.Count > 0 ? F.Yes : F.No, Field.Store.NO));
        foreach (var readerUnit in article.ReaderUnits)
            doc.Add(new StringField(F.ReaderUnit, readerUnit.UnitId.ToString(), Field.Store.NO));
        // A missing bound is stored as the extreme, so the live-window check is two plain range queries.
        doc.Add(new Int64Field(F.PublishAt, article.PublishAt?.UtcTicks ?? long.MinValue, Field.Store.NO));
        doc.Add(new Int64Field(F.UnpublishAt, article.UnpublishAt?.UtcTicks ?? long.MaxValue, Field.Store.NO));
    }

    private static void AddUnit(Document doc, Unit? unit)
    {
        // The unit facet and filter hold both the unit and its sector, so filtering on a sector finds its units.
        for (var u = unit; u is not null; u = u.Parent)
        {
            doc.Add(new StringField(F.Unit, u.Slug, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(F.UnitDv, new BytesRef(u.Slug)));
            if (u.ParentId is not null && u.Parent is null) break;
        }
    }

    private static void AddDates(Document doc, Article article)
    {
        var date = article.PublishedAt ?? article.PublishAt ?? article.CreatedAt;
        var year = date.UtcDateTime.Year.ToString();
        doc.Add(new StringField(F.Year, year, Field.Store.NO));
        doc.Add(new SortedDocValuesField(F.YearDv, new BytesRef(year)));
        doc.Add(new NumericDocValuesField(F.DateDv, date.UtcTicks));
        if (article.PublishedAt is { } published) doc.Add(new StoredField(F.PublishedAt, published.UtcTicks));
    }
}
