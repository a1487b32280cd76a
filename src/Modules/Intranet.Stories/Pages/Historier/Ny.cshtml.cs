using Intranet.Core.Markdown;
using Intranet.Core.Security;
using Intranet.Stories.Services;

namespace Intranet.Stories.Pages.Historier;

/// <summary>/historier/ny: a new story, for the writer's own unit by default.</summary>
public sealed class NyModel(StorySubmission submission, StoryQueries stories, IMarkdownRenderer markdown)
    : StoryEditorPage(submission, stories, markdown)
{
    public async Task OnGetAsync()
    {
        Form.UnitId = User.UnitId();
        await LoadChoicesAsync();
    }
}
