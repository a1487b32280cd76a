namespace Intranet.Core.Caching;

/// <summary>
/// Names of the output-cache policies for reader pages. Put <c>[OutputCache(PolicyName = ...)]</c> on a page model.
/// Both policies vary by the request's whole Cookie header, so a cached page (with its antiforgery token, the
/// reader's name and notification count) is only ever served back to the same browser session; both are tagged
/// <see cref="Cluster.ContentCacheExtensions.OutputCacheTag"/> and so evicted on every content change in the cluster.
/// </summary>
public static class ReaderPageCache
{
    /// <summary>Cache for anonymous readers only (public pages whose signed-in version has live data).</summary>
    public const string Anonymous = "reader-pages-anonymous";

    /// <summary>
    /// Cache for anonymous readers (the output cache) and, per session and briefly, for signed-in readers
    /// (<see cref="SignedInPageCache"/>, which looks for this name on the endpoint).
    /// </summary>
    public const string PerSession = "reader-pages-per-session";

    /// <summary>Scheduled publish/unpublish times write no change-log row, so no entry may outlive this.</summary>
    public static readonly TimeSpan AnonymousDuration = TimeSpan.FromSeconds(30);

    /// <summary>The layout shows the notification count, which is not content: keep signed-in pages short-lived.</summary>
    public static readonly TimeSpan SignedInDuration = TimeSpan.FromSeconds(10);
}
