using System.Security.Claims;
using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Stories.Services;

/// <summary>
/// The author's side: write, save as draft, submit, resubmit after changes, withdraw. Every article change
/// goes through <see cref="IArticleService"/> (audit, change log, versions) in one transaction with the story row.
/// Re-review policy: when the author edits a published story the edit is kept as a new version and the
/// story goes back to "submitted", because the change may name people or need new consent.
/// Communications staff may edit a published story without sending it back.
/// </summary>
public sealed class StorySubmission(
    IntranetDbContext db, IArticleService articles, StoryRules rules, StoryDetailsStore details, StoryReaders readers, StoryHistory history)
{
    /// <param name="complete">Check everything even for a draft (the API does: its callers send whole stories).</param>
    public async Task<Article> CreateAsync(StoryInput input, ClaimsPrincipal user, bool submit, CancellationToken ct = default, bool complete = false)
    {
        rules.Validate(input, complete: submit || complete);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var status = submit ? ArticleStatus.Submitted : ArticleStatus.Draft;
        var article = await articles.CreateAsync(ToArticle(input, user), Actor.From(user), status, ct);
        await details.SaveAsync(article.Id, input, user, ct);
        await tx.CommitAsync(ct);
        return article;
    }

    /// <summary>
    /// Saves the author's edit. An autosave racing the final submit can make one of them lose the optimistic
    /// concurrency check; both carry the whole form, so the loser simply tries once more on fresh data.
    /// </summary>
    public async Task<Article> UpdateAsync(int id, StoryInput input, ClaimsPrincipal user, bool submit, CancellationToken ct = default)
    {
        try { return await UpdateOnceAsync(id, input, user, submit, ct); }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await UpdateOnceAsync(id, input, user, submit, ct);
        }
    }

    private async Task<Article> UpdateOnceAsync(int id, StoryInput input, ClaimsPrincipal user, bool submit, CancellationToken ct)
    {
        var (article, manager) = await EditableAsync(id, user, ct);
        rules.Validate(input, complete: submit || article.Status == ArticleStatus.Published);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var actor = Actor.From(user);
        var wasPublished = article.Status == ArticleStatus.Published;
        article = await articles.UpdateAsync(id, ToArticle(input, user) with { AuthorId = article.AuthorId }, actor, ct);
        await details.SaveAsync(id, input, user, ct);
        var next = NextStatus(article.Status, submit, wasPublished && !manager);
        if (next != article.Status) article = await articles.SetStatusAsync(id, next, actor, submit ? "sendt til vurdering" : null, ct: ct);
        await tx.CommitAsync(ct);
        return article;
    }

    /// <summary>Keeps typed work: creates or updates a draft; a story already under review or published is left alone.</summary>
    public async Task<int?> AutosaveAsync(int? id, StoryInput input, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(input.Title)) return id;
        if (id is null) return (await CreateAsync(input, user, submit: false, ct)).Id;
        var (article, _) = await EditableAsync(id.Value, user, ct);
        if (article.Status is not (ArticleStatus.Draft or ArticleStatus.ChangesRequested)) return id;
        await UpdateAsync(id.Value, input, user, submit: false, ct);
        return id;
    }

    /// <summary>The author (or communications staff) takes the story down: archived everywhere at once.</summary>
    public async Task<Article> WithdrawAsync(int id, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var (article, _) = await EditableAsync(id, user, ct, allowFinal: true);
        if (article.Status == ArticleStatus.Archived) return article;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        article = await articles.SetStatusAsync(id, ArticleStatus.Archived, Actor.From(user), "trukket tilbake", ct: ct);
        history.Add(id, user, "withdraw", "");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return article;
    }

    /// <summary>The story if the user wrote it or manages content; rejected and archived stories are final for authors.</summary>
    public async Task<(Article Article, bool Manager)> EditableAsync(int id, ClaimsPrincipal user, CancellationToken ct, bool allowFinal = false)
    {
        var reader = await readers.ForAsync(user, ct);
        var article = await db.Articles.AsNoTracking().Include(a => a.Values)
            .FirstOrDefaultAsync(a => a.Id == id && a.Kind == ArticleKinds.Story, ct) ?? throw new StoryNotFoundException(id);
        var mine = reader.UserId is not null && article.AuthorId == reader.UserId;
        if (!mine && !reader.CanManageContent) throw new StoryNotFoundException(id);
        if (!allowFinal && !reader.CanManageContent && article.Status is ArticleStatus.Rejected or ArticleStatus.Archived)
            throw new StoryForbiddenException("Historien er avvist eller trukket tilbake og kan ikke endres.");
        return (article, reader.CanManageContent);
    }

    private static ArticleStatus NextStatus(ArticleStatus current, bool submit, bool authorEditedPublished) =>
        submit || authorEditedPublished ? ArticleStatus.Submitted : current;

    private static ArticleInput ToArticle(StoryInput input, ClaimsPrincipal user) => new()
    {
        Kind = ArticleKinds.Story,
        Title = input.Title,
        BodyMarkdown = input.Body,
        UnitId = input.UnitId ?? user.UnitId(),
        Values = input.Values,
        Audience = input.Audience,
        AuthorId = user.UserId(),
        AuthorName = user.DisplayName(),
    };
}
