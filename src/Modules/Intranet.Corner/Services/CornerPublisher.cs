using System.Security.Claims;
using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Corner.Models;

namespace Intranet.Corner.Services;

/// <summary>Publishes corner posts through IArticleService, noting when a delegate wrote on the chief executive's behalf.</summary>
public sealed class CornerPublisher(IntranetDbContext db, IArticleService articles, CornerAuthors authors)
{
    public async Task<Article> PublishAsync(ClaimsPrincipal user, string title, string body, string summary = "", string language = "nb", CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var input = new ArticleInput
        {
            Kind = ArticleKinds.Corner, Title = title, BodyMarkdown = body, Summary = summary,
            Language = language == "nn" ? "nn" : "nb", Audience = Audience.Internal,
        };
        var article = await articles.CreateAsync(input, Actor.From(user), ArticleStatus.Published, ct);
        db.Add(new CornerPost { ArticleId = article.Id, OnBehalf = !authors.IsChiefExecutive(user) });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return article;
    }
}
