using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Time;
using Intranet.Core.Validation;
using Intranet.Newsletter.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Newsletter.Services;

/// <summary>
/// One-off newsletters: preview, test send to oneself, and send to everyone. Everything goes through the same
/// outbox as the digests (unique row per recipient and newsletter), and each recipient only gets the picked
/// articles they may read.
/// </summary>
public sealed class NewsletterService(IntranetDbContext db, RecipientDirectory recipients, MailRenderer renderer, MailOutbox outbox, IClock clock)
{
    /// <summary>Live articles communications staff can pick from, newest first.</summary>
    public Task<List<Article>> CandidatesAsync(int take = 40, CancellationToken ct = default) =>
        db.Articles.AsNoTracking().Live(clock.UtcNow).Where(a => a.Kind != ArticleKinds.Page)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(take).ToListAsync(ct);

    public async Task<RenderedMail> PreviewAsync(NewsletterDraft draft, Recipient reader, CancellationToken ct = default) =>
        renderer.Render(reader.Culture, draft.Title.Trim(), draft.Intro.Trim(), await ItemsAsync(draft, reader.Reader, ct), translateHeading: false);

    public async Task<DeliveryReport> SendTestAsync(NewsletterDraft draft, string userId, CancellationToken ct = default)
    {
        Validate(draft);
        var me = (await recipients.AllAsync([userId], ct: ct)).FirstOrDefault()
                 ?? throw ValidationFailedException.For("Title", "Du har ingen e-postadresse i profilen din.");
        db.Add(await RowAsync(draft, me, $"newsletter-test:{Guid.NewGuid():N}", ct));
        await db.SaveChangesAsync(ct);
        return await outbox.DeliverDueAsync(ct: ct);
    }

    /// <summary>Records the newsletter and queues one row per recipient in one transaction; the job delivers them.</summary>
    public async Task<OneOffNewsletter> QueueForAllAsync(NewsletterDraft draft, Actor actor, CancellationToken ct = default)
    {
        Validate(draft);
        var letter = new OneOffNewsletter
        {
            Title = draft.Title.Trim(), Intro = draft.Intro.Trim(), ArticleIds = string.Join(',', draft.ArticleIds),
            CreatedBy = actor.UserName, CreatedAt = clock.UtcNow,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Add(letter);
        await db.SaveChangesAsync(ct);
        var people = await recipients.AllAsync(ct: ct);
        foreach (var person in people) db.Add(await RowAsync(draft, person, $"newsletter:{letter.Id}", ct));
        letter.QueuedAt = clock.UtcNow;
        letter.RecipientCount = people.Count;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return letter;
    }

    public Task<List<OneOffNewsletter>> HistoryAsync(CancellationToken ct = default) =>
        db.Set<OneOffNewsletter>().AsNoTracking().OrderByDescending(n => n.CreatedAt).Take(20).ToListAsync(ct);

    private async Task<OutboxMessage> RowAsync(NewsletterDraft draft, Recipient person, string key, CancellationToken ct)
    {
        var mail = await PreviewAsync(draft, person, ct);
        var now = clock.UtcNow;
        return new OutboxMessage
        {
            UserId = person.UserId, DedupKey = key, ToAddress = person.Email, ToName = person.Name, Subject = mail.Subject,
            HtmlBody = mail.Html, TextBody = mail.Text, ItemCount = draft.ArticleIds.Count, CreatedAt = now, NextAttemptAt = now,
        };
    }

    private async Task<List<DigestItem>> ItemsAsync(NewsletterDraft draft, ReaderContext reader, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var ids = draft.ArticleIds.ToList();
        var articles = await db.Articles.AsNoTracking().Live(now).VisibleTo(reader, now).Where(a => ids.Contains(a.Id)).ToListAsync(ct);
        return articles.OrderBy(a => ids.IndexOf(a.Id))
            .Select(a => new DigestItem(DigestSection.Picked, a.Id, a.Title, a.Summary, a.Url, a.PublishedAt)).ToList();
    }

    private static void Validate(NewsletterDraft draft)
    {
        var errors = draft.Errors();
        if (errors.Count > 0) throw new ValidationFailedException(errors);
    }
}
