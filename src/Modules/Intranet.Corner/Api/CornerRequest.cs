namespace Intranet.Corner.Api;

/// <summary>POST /api/corner body: the stable contract {title, body} plus an optional summary.</summary>
public sealed record CornerRequest(string? Title, string? Body, string? Summary = null);
