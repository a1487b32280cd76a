namespace Intranet.Corner.Api;

/// <summary>POST /api/corner body: the stable contract {title, body} plus optional summary, language and type ("innlegg" | "notat").</summary>
public sealed record CornerRequest(string? Title, string? Body, string? Summary = null, string? Language = null, string? Type = null);
