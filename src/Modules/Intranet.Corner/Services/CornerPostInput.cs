using Intranet.Corner.Models;

namespace Intranet.Corner.Services;

/// <summary>What the corner editor and POST /api/corner send for a post.</summary>
public sealed record CornerPostInput(string Title, string Body, string Summary = "", string Language = "nb", CornerPostType Type = CornerPostType.Post)
{
    public static CornerPostType ParseType(string? type) =>
        type?.Trim().ToLowerInvariant() is "notat" or "councilnote" or "council-note" ? CornerPostType.CouncilNote : CornerPostType.Post;

    public static string TypeName(CornerPostType type) => type == CornerPostType.CouncilNote ? "notat" : "innlegg";
}
