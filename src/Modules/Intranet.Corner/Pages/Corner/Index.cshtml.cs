using Intranet.Core.Content;
using Intranet.Core.Models;
using Intranet.Corner.Models;
using Intranet.Corner.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Corner.Pages.Corner;

/// <summary>/hjornet: the chief executive's posts and the answered questions.</summary>
[Authorize]
public sealed class IndexModel(CornerReader corner, QuestionBox questions, CornerAuthors authors, ReaderContextFactory readers) : PageModel
{
    public string Label { get; private set; } = CornerReader.DefaultLabel;
    public List<Article> Posts { get; private set; } = [];
    public List<CornerQuestion> Answered { get; private set; } = [];
    public bool CanWrite { get; private set; }
    public bool CanModerate { get; private set; }
    public Dictionary<int, CornerPostType> Types { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Label = await corner.LabelAsync(ct);
        Posts = await corner.LatestAsync(await readers.ForAsync(User, ct), 30, ct);
        Answered = await questions.AnsweredAsync(20, ct);
        Types = await corner.TypesAsync(Posts.Select(p => p.Id), ct);
        CanWrite = await authors.MayWriteAsync(User, ct);
        CanModerate = await authors.MayModerateAsync(User, ct);
    }
}
