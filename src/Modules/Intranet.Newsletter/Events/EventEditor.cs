using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Validation;
using Intranet.Newsletter.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Newsletter.Events;

/// <summary>
/// Creates and changes events: the article through <see cref="IArticleService"/> (audit, change log, versions),
/// the time, place and capacity in <see cref="EventDetails"/>.
/// </summary>
public sealed class EventEditor(IntranetDbContext db, IArticleService articles, SeatAllocator seats)
{
    public const int MaxCapacity = 100_000;

    public async Task<Article> CreateAsync(EventInput input, Actor actor, CancellationToken ct = default)
    {
        Validate(input);
        var article = await articles.CreateAsync(ToArticle(input, actor), actor, ArticleStatus.Published, ct);
        db.Add(Apply(new EventDetails { ArticleId = article.Id }, input));
        await db.SaveChangesAsync(ct);
        return article;
    }

    public async Task<Article> UpdateAsync(int id, EventInput input, Actor actor, CancellationToken ct = default)
    {
        Validate(input);
        var existing = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.Kind == ArticleKinds.Event, ct)
                       ?? throw ValidationFailedException.For("id", "Arrangementet finnes ikke.");
        var article = await articles.UpdateAsync(id, ToArticle(input, actor) with { Slug = existing.Slug, AuthorId = existing.AuthorId, AuthorName = existing.AuthorName }, actor, ct);
        await SaveDetailsAsync(id, input, ct);
        return article;
    }

    /// <summary>
    /// Sets time, place and capacity of an existing event; capacity below the seats taken is refused. (The recipe
    /// step writes <see cref="EventDetails"/> itself.)
    /// </summary>
    private async Task SaveDetailsAsync(int articleId, EventInput input, CancellationToken ct = default)
    {
        var details = await db.Set<EventDetails>().FirstOrDefaultAsync(d => d.ArticleId == articleId, ct);
        if (details is null) db.Add(details = new EventDetails { ArticleId = articleId });
        if (input.Capacity is int c && c < details.Taken)
            throw ValidationFailedException.For("Capacity", $"{details.Taken} har allerede fått plass; kapasiteten kan ikke være lavere.");
        Apply(details, input);
        await db.SaveChangesAsync(ct);
        // A raised (or removed) capacity gives the waiting list its seats at once.
        await seats.FillFreeSeatsAsync(articleId, ct);
    }

    public static void Validate(EventInput input)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Title)) errors["Title"] = ["Skriv en tittel."];
        if (input.StartsAt is null) errors["StartsAt"] = ["Velg når arrangementet starter."];
        if (input.EndsAt is null) errors["EndsAt"] = ["Velg når arrangementet slutter."];
        else if (input.StartsAt is { } s && input.EndsAt < s) errors["EndsAt"] = ["Slutt må være etter start."];
        if (input.Place.Length > 300) errors["Place"] = ["Stedet kan ha høyst 300 tegn."];
        if (input.Capacity is < 1 or > MaxCapacity) errors["Capacity"] = [$"Antall plasser må være mellom 1 og {MaxCapacity}, eller tomt for ubegrenset."];
        if (errors.Count > 0) throw new ValidationFailedException(errors);
    }

    private static ArticleInput ToArticle(EventInput input, Actor actor) => new()
    {
        Kind = ArticleKinds.Event, Title = input.Title.Trim(), Summary = input.Summary.Trim(), BodyMarkdown = input.Body,
        AuthorId = actor.UserId, AuthorName = actor.Byline,
    };

    private static EventDetails Apply(EventDetails details, EventInput input)
    {
        details.StartsAt = input.StartsAt!.Value.ToUniversalTime();
        details.EndsAt = input.EndsAt!.Value.ToUniversalTime();
        details.Place = input.Place.Trim();
        details.Capacity = input.Capacity;
        details.SignupOpen = input.SignupOpen;
        return details;
    }
}
