using Ganss.Xss;
using Intranet.Core.Validation;
using Markdig;
using Markdig.Syntax;

namespace Intranet.Core.Markdown;

/// <summary>
/// Markdig with an explicit extension list and raw HTML disabled, then HtmlSanitizer as a strict allowlist.
/// Markdig alone still emits javascript:/data: links and (with the advanced extensions) attributes and
/// iframes, so the sanitizer is the real gate.
/// </summary>
public sealed class SafeMarkdownRenderer : IMarkdownRenderer
{
    public const int MaxLength = 100_000;
    public const int MaxDepth = 24;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseTaskLists()
        .UseAutoIdentifiers()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer _sanitizer = SanitizerFactory.Create();

    public string ToSafeHtml(string markdown, string field = "body")
    {
        var document = Parse(markdown, field);
        var html = document.ToHtml(Pipeline);
        return _sanitizer.Sanitize(html);
    }

    public string ToPlainText(string markdown)
    {
        if (markdown.Length > MaxLength) markdown = markdown[..MaxLength];
        if (NestingGuard.TooDeepBeforeParsing(markdown, MaxDepth)) return markdown;
        return Markdig.Markdown.ToPlainText(markdown, Pipeline).Trim();
    }

    private static MarkdownDocument Parse(string markdown, string field)
    {
        if (markdown.Length > MaxLength)
            throw ValidationFailedException.For(field, $"Teksten er for lang (høyst {MaxLength:N0} tegn).");
        if (NestingGuard.TooDeepBeforeParsing(markdown, MaxDepth))
            throw ValidationFailedException.For(field, "Teksten har for mange nivåer inni hverandre (lister eller sitater).");
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        if (NestingGuard.Depth(document) > MaxDepth)
            throw ValidationFailedException.For(field, "Teksten har for mange nivåer inni hverandre (lister eller sitater).");
        return document;
    }
}
