using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Intranet.Core.Markdown;

/// <summary>
/// Refuses Markdown nested so deep that rendering (which recurses) could exhaust the stack.
/// Checked cheaply on the raw text first, then exactly on the parsed tree, without recursion.
/// </summary>
internal static class NestingGuard
{
    public static bool TooDeepBeforeParsing(string markdown, int maxDepth)
    {
        var run = 0;
        var inlineRun = 0;
        foreach (var ch in markdown)
        {
            if (ch == '\n') { run = 0; continue; }
            if (ch is '>' ) { if (++run > maxDepth * 2) return true; }
            else if (ch is not (' ' or '\t' or '-' or '*' or '+')) run = -10_000;
            inlineRun = ch is '[' or '*' or '_' or '~' ? inlineRun + 1 : 0;
            if (inlineRun > 256) return true;
        }
        return false;
    }

    public static int Depth(MarkdownDocument document)
    {
        var max = 0;
        var stack = new Stack<(MarkdownObject Node, int Depth)>();
        stack.Push((document, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            max = Math.Max(max, depth);
            if (max > 1000) return max;
            foreach (var child in Children(node)) stack.Push((child, depth + 1));
        }
        return max;
    }

    private static IEnumerable<MarkdownObject> Children(MarkdownObject node) => node switch
    {
        ContainerBlock c => c,
        LeafBlock { Inline: not null } l => [l.Inline],
        ContainerInline ci => ci,
        _ => [],
    };
}
