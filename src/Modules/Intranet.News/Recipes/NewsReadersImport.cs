using System.Text.Json;
using Intranet.Core.Data;
using Intranet.Core.Recipes;
using Intranet.News.Models;
using Intranet.News.Services;
using Microsoft.EntityFrameworkCore;

namespace Intranet.News.Recipes;

/// <summary>
/// What readers did with a news item, from a recipe, each dated <c>daysAfter</c> publication:
/// <list type="bullet">
/// <item><c>confirmations</c>: usernames or <c>{"user", "daysAfter"}</c>. The only record of who read what
/// (arbeidsmiljøloven ch. 9), so only on must-read items and only from people the item is for.</item>
/// <item><c>reactions</c>: <c>{"kind": ["username", …]}</c>, one reaction per person and item.</item>
/// <item><c>comments</c>: <c>{"by", "text", "daysAfter"}</c>, matched by person and text.</item>
/// </list>
/// What is already there is left alone; demo users left out outside Development are skipped.
/// </summary>
internal sealed class NewsReadersImport(
    IntranetDbContext db, MustReadService mustRead, IReadOnlyDictionary<string, (string Id, string DisplayName)> people, DateTimeOffset now)
{
    private readonly Dictionary<string, string> _users = people.ToDictionary(p => p.Key, p => p.Value.Id);

    public async Task ImportAsync(RecipeNews news, bool isMustRead, JsonElement item, RecipeContext context, string path, CancellationToken ct)
    {
        await ConfirmationsAsync(news, isMustRead, item, context, path, ct);
        await ReactionsAsync(news, item, context, path, ct);
        foreach (var (comment, commentPath) in item.List("comments", context, path))
            await CommentAsync(news, comment, context, commentPath, ct);
    }

    private async Task ConfirmationsAsync(RecipeNews news, bool isMustRead, JsonElement item, RecipeContext context, string path, CancellationToken ct)
    {
        var confirmations = item.List("confirmations", context, path);
        if (confirmations.Count == 0) return;
        if (!isMustRead)
            throw context.Error($"{path}.confirmations", "lesebekreftelser lagres bare for viktige saker («mustRead»: true).");
        var audience = (await (await mustRead.AudienceAsync(news.Id, ct)).Select(u => u.Id).ToListAsync(ct)).ToHashSet();
        foreach (var (entry, entryPath) in confirmations)
        {
            var (username, days) = entry.ValueKind == JsonValueKind.String
                ? (entry.GetString()!, 0)
                : (entry.RequiredString("user", context, entryPath), entry.Days("daysAfter", context, entryPath));
            context.EnsureUnique($"news-confirmation:{news.Id}", username, entryPath);
            if (RecipeActivity.UserId(username, _users, context, entryPath) is not { } userId) continue;
            if (!audience.Contains(userId)) throw context.Error(entryPath, $"«{username}» er ikke blant dem saken er til.");
            if (await db.Set<ReadConfirmation>().AnyAsync(c => c.ArticleId == news.Id && c.UserId == userId, ct)) continue;
            db.Add(new ReadConfirmation { ArticleId = news.Id, UserId = userId, ConfirmedAt = RecipeActivity.At(news.Published, days, now) });
            context.Changed();
        }
    }

    private async Task ReactionsAsync(RecipeNews news, JsonElement item, RecipeContext context, string path, CancellationToken ct)
    {
        if (!item.TryGetProperty("reactions", out var reactions) || reactions.ValueKind == JsonValueKind.Null) return;
        if (reactions.ValueKind != JsonValueKind.Object) throw context.Error($"{path}.reactions", "må være et objekt: {\"liker\": [\"brukernavn\", …]}.");
        foreach (var kind in reactions.EnumerateObject())
        {
            var field = $"{path}.reactions.{kind.Name}";
            if (!NewsReaction.Kinds.ContainsKey(kind.Name))
                throw context.Error(field, $"«{kind.Name}» er ikke en reaksjon ({string.Join(", ", NewsReaction.Kinds.Keys)}).");
            foreach (var username in reactions.People(kind.Name, context, $"{path}.reactions"))
            {
                context.EnsureUnique($"news-reaction:{news.Id}", username, field);
                if (RecipeActivity.UserId(username, _users, context, field) is not { } userId) continue;
                if (await db.Set<NewsReaction>().AnyAsync(r => r.ArticleId == news.Id && r.UserId == userId, ct)) continue;
                db.Add(new NewsReaction { ArticleId = news.Id, UserId = userId, Kind = kind.Name });
                context.Changed();
            }
        }
    }

    private async Task CommentAsync(RecipeNews news, JsonElement comment, RecipeContext context, string path, CancellationToken ct)
    {
        var by = comment.RequiredString("by", context, path);
        var text = comment.RequiredString("text", context, path).Trim();
        if (text.Length > NewsInteractions.MaxCommentLength) throw context.Error($"{path}.text", $"kan ha høyst {NewsInteractions.MaxCommentLength} tegn.");
        var days = comment.Days("daysAfter", context, path);
        context.EnsureUnique($"news-comment:{news.Id}:{by}", text, $"{path}.text");
        if (RecipeActivity.UserId(by, _users, context, $"{path}.by") is not { } userId) return;
        if (await db.Set<NewsComment>().AnyAsync(c => c.ArticleId == news.Id && c.UserId == userId && c.Body == text, ct)) return;
        db.Add(new NewsComment { ArticleId = news.Id, UserId = userId, AuthorName = people[by].DisplayName, Body = text, CreatedAt = RecipeActivity.At(news.Published, days, now) });
        context.Changed();
    }
}
