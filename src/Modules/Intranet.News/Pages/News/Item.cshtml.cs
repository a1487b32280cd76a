using Intranet.Core.Content;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Intranet.Core.Validation;
using Intranet.News.Models;
using Intranet.News.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.News.Pages.News;

/// <summary>/nyheter/{slug}: one news item with its must-read confirmation, reactions and comments.</summary>
[Authorize]
public sealed class ItemModel(NewsReader news, ReaderContextFactory readers, MustReadService mustRead,
    NewsInteractions interactions, PermissionRegistry permissions) : PageModel
{
    public Article Article { get; private set; } = null!;
    public NewsItem? News { get; private set; }
    public List<string> TargetNames { get; private set; } = [];
    public List<(string Slug, string Name)> ValueBadges { get; private set; } = [];
    public bool Confirmed { get; private set; }
    /// <summary>Must-read and meant for the reader (a target unit, or the whole municipality): ask them to confirm.</summary>
    public bool AsksToConfirm { get; private set; }
    public bool CanManage { get; private set; }
    public List<NewsComment> Comments { get; private set; } = [];
    public Dictionary<string, (int Count, bool Mine)> Reactions { get; private set; } = [];
    [BindProperty] public string? Comment { get; set; }
    public string? CommentError { get; private set; }
    /// <summary>Why a reaction or comment was refused: communications staff turned them off for this item.</summary>
    public string? ClosedError { get; private set; }

    public const string CommentsClosed = "Kommentarer er slått av for denne nyheten.";
    public const string ReactionsClosed = "Reaksjoner er slått av for denne nyheten.";

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct) =>
        await LoadAsync(slug, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostConfirmAsync(string slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct)) return NotFound();
        await mustRead.ConfirmAsync(await readers.ForAsync(User, ct), Article.Id, ct);
        return Redirect(Article.Url + "#lesebekreftelse");
    }

    public async Task<IActionResult> OnPostReactAsync(string slug, string kind, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct)) return NotFound();
        if (News?.ReactionsOpen == false) return Refused(ReactionsClosed);
        if (!NewsReaction.Kinds.ContainsKey(kind ?? "")) return BadRequest();
        await interactions.ToggleReactionAsync(Article.Id, User.UserId()!, kind!, ct);
        return Redirect(Article.Url + "#reaksjoner");
    }

    public async Task<IActionResult> OnPostCommentAsync(string slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct)) return NotFound();
        if (News?.CommentsOpen == false) return Refused(CommentsClosed);
        try { await interactions.AddCommentAsync(Article.Id, User.UserId()!, User.DisplayName(), Comment, ct); }
        catch (ValidationFailedException e)
        {
            CommentError = e.Errors.Values.SelectMany(m => m).First();
            return Page();
        }
        return Redirect(Article.Url + "#kommentarer");
    }

    /// <summary>The page again with status 400 and the reason, so a stale form explains itself.</summary>
    private PageResult Refused(string message)
    {
        ClosedError = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken ct)
    {
        var reader = await readers.ForAsync(User, ct);
        var article = await news.BySlugAsync(reader, slug, ct);
        if (article is null) return false;
        Article = article;
        News = await news.NewsPartAsync(article.Id, ct);
        TargetNames = await news.TargetNamesAsync(News, ct);
        ValueBadges = await news.ValueBadgesAsync(article, ct);
        Confirmed = News?.MustRead == true && await mustRead.HasConfirmedAsync(article.Id, User.UserId()!, ct);
        AsksToConfirm = News?.MustRead == true && await mustRead.AsksAsync(reader, article.Id, ct);
        CanManage = permissions.Allows(User, NewsPermissions.Manage);
        if (News?.CommentsOpen != false) Comments = await interactions.CommentsAsync(article.Id, ct);
        if (News?.ReactionsOpen != false) Reactions = await interactions.ReactionsAsync(article.Id, User.UserId(), ct);
        return true;
    }
}
