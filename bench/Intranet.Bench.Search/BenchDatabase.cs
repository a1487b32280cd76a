using System.Diagnostics;
using Intranet.Core.Data;
using Intranet.Core.Markdown;
using Intranet.Core.Models;
using Intranet.Core.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Intranet.Bench.Search;

/// <summary>The intranet's own model on a SQLite file, as the site stores it; our reindex reads the corpus from here.</summary>
internal sealed class BenchDbContext(DbContextOptions<BenchDbContext> options, IEnumerable<IIntranetModule> modules)
    : IntranetDbContext(options, modules)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
}

internal static class BenchDatabase
{
    public const int Sectors = 6;
    public const int Units = 48;

    /// <summary>Units have ids after the sectors; unit u belongs to sector u / 8.</summary>
    public static int UnitId(int unit) => Sectors + 1 + unit;

    public static string ConnectionString(string file) => $"Data Source={file};Pooling=true";

    /// <returns>Seconds taken to load the articles.</returns>
    public static double Create(Func<BenchDbContext> open, IEnumerable<Article> articles)
    {
        using (var db = open())
        {
            db.Database.EnsureCreated();
            for (var s = 0; s < Sectors; s++) db.Units.Add(new Unit { Id = s + 1, Slug = $"sektor-{s}", Name = $"Sektor {s}" });
            for (var u = 0; u < Units; u++) db.Units.Add(new Unit { Id = UnitId(u), Slug = $"enhet-{u}", Name = $"Enhet {u}", ParentId = u / 8 + 1 });
            db.SaveChanges();
        }
        var watch = Stopwatch.StartNew();
        var markdown = new SafeMarkdownRenderer();
        foreach (var batch in articles.Chunk(2000))
        {
            // As the article service saves them: the rendered, sanitised HTML beside the Markdown.
            Parallel.ForEach(batch, article => article.BodyHtml = markdown.ToSafeHtml(article.BodyMarkdown));
            using var db = open();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            using var tx = db.Database.BeginTransaction();
            db.Articles.AddRange(batch);
            db.SaveChanges();
            tx.Commit();
        }
        return watch.Elapsed.TotalSeconds;
    }

    /// <summary>The corpus as the baselines index it: id, kind, title and the body's plain text (from the stored HTML).</summary>
    public static IEnumerable<PlainArticle> PlainArticles(Func<BenchDbContext> open)
    {
        using var db = open();
        foreach (var a in db.Articles.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.Kind, a.Title, a.BodyHtml }).AsEnumerable())
            yield return new PlainArticle(a.Id, a.Kind, a.Title, Intranet.Search.Indexing.HtmlPlainText.From(a.BodyHtml));
    }
}

internal sealed record PlainArticle(int Id, string Kind, string Title, string Body);
