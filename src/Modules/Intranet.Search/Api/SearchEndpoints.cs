using Intranet.Core.Api;
using Intranet.Search.Querying;
using Intranet.Search.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Intranet.Search.Api;

/// <summary>GET /api/search and /api/search/suggest (the contract). Any text is accepted; none gives an error.</summary>
public static class SearchEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapIntranetApi("/api/search");
        group.MapGet("", SearchAsync);
        group.MapGet("/suggest", SuggestAsync);
    }

    private static async Task<IResult> SearchAsync(HttpContext http, SearchService search, SearchReaders readers, SearchStatistics statistics,
        string? q, string? kind, string? unit, string? value, string? year, string? sort, string? page, string? pageSize)
    {
        var reader = await readers.ForAsync(http.User, http.RequestAborted);
        var request = new SearchRequest(q, kind, unit, value, ParseInt(year), sort, ParseInt(page) ?? 1, ParseInt(pageSize) ?? 10);
        var result = search.Search(request, reader);
        if (request.Page <= 1) await statistics.RecordAsync(q, result.Total == 0, http.RequestAborted);
        return Results.Ok(result);
    }

    private static async Task<IResult> SuggestAsync(HttpContext http, SuggestService suggest, SearchReaders readers, string? q)
    {
        var reader = await readers.ForAsync(http.User, http.RequestAborted);
        return Results.Ok(suggest.Suggest(q, reader));
    }

    /// <summary>Lenient: a malformed number is ignored rather than turned into a 400.</summary>
    public static int? ParseInt(string? text) => int.TryParse(text, out var n) ? n : null;
}
