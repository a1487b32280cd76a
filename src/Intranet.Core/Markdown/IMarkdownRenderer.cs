namespace Intranet.Core.Markdown;

/// <summary>Turns user Markdown into safe HTML. Called once on save; pages show the stored HTML.</summary>
public interface IMarkdownRenderer
{
    /// <exception cref="Validation.ValidationFailedException">Body too long or nested too deeply.</exception>
    string ToSafeHtml(string markdown, string field = "body");

    /// <summary>Plain text of the body, for summaries and the search index.</summary>
    string ToPlainText(string markdown);
}
