namespace Intranet.Stories.Api;

/// <summary>The JSON body of <c>POST /api/stories</c> (see the API contract).</summary>
public sealed record StoryRequest(
    string? Title,
    string? Body,
    string? Unit,
    string[]? Values,
    string? Audience,
    ConsentRequest? Consent,
    string[]? ImageIds,
    bool Submit = false,
    bool NamesPeople = false);

public sealed record ConsentRequest(string? Statement, DateTimeOffset? ObtainedAt);

/// <summary>The JSON body of <c>POST /api/stories/{id}/review</c>.</summary>
public sealed record ReviewRequest(string? Decision, string? Comment, DateTimeOffset? PublishAt);

public sealed record StoryStatusResponse(int Id, string Status);
