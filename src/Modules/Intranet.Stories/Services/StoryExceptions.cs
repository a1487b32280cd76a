namespace Intranet.Stories.Services;

/// <summary>The story does not exist or the caller may not see it (pages and API answer 404).</summary>
public sealed class StoryNotFoundException(int id) : Exception($"Historie {id} finnes ikke.");

/// <summary>The caller may see the story but not do this to it (pages and API answer 403).</summary>
public sealed class StoryForbiddenException(string reason) : Exception(reason);
