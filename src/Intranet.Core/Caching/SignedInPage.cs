using Microsoft.Extensions.Primitives;

namespace Intranet.Core.Caching;

/// <summary>
/// One signed-in reader's rendered page as <see cref="SignedInPageCache"/> keeps it: the body and headers of a 200
/// response, when it was stored, until when it may be served (never past the moment the session's security stamp
/// is due for a check), and the content generation it was rendered from.
/// </summary>
public sealed record SignedInPage(
    byte[] Body,
    KeyValuePair<string, StringValues>[] Headers,
    DateTimeOffset StoredAt,
    DateTimeOffset ServeUntil,
    IChangeToken Content)
{
    public bool IsFresh(DateTimeOffset now) => now < ServeUntil && !Content.HasChanged;
}
