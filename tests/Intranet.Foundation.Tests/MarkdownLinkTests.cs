using System.Text.RegularExpressions;
using Intranet.Core.Markdown;
using Xunit;

namespace Intranet.Foundation.Tests;

/// <summary>Every link that Markdown makes (inline, reference, autolink, bare www, mailto) leaves the page without opener or referrer, and is marked as user content.</summary>
public sealed partial class MarkdownLinkTests
{
    [Fact]
    public void Every_rendered_link_gets_noopener_noreferrer_nofollow_ugc()
    {
        const string markdown = """
            [innebygd](https://eksempel.no/a "tittel") og [referanse][r], <https://eksempel.no/b>, www.eksempel.no/c,
            <post@eksempel.no> og [e-post](mailto:post@eksempel.no).

            [r]: https://eksempel.no/d
            """;
        var html = new SafeMarkdownRenderer().ToSafeHtml(markdown);
        var anchors = Anchor().Matches(html).Select(m => m.Value).ToList();
        Assert.Equal(6, anchors.Count);
        Assert.All(anchors, a => Assert.Contains("rel=\"noopener noreferrer nofollow ugc\"", a));
    }

    [GeneratedRegex("<a [^>]*>")]
    private static partial Regex Anchor();
}
