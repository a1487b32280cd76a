namespace Intranet.Corner.Models;

/// <summary>What a corner post is: an ordinary post, or a note to the council (with PDF attachments).</summary>
public enum CornerPostType
{
    Post,
    CouncilNote,
}
