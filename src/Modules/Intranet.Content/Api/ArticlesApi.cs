using System.Security.Claims;
using Intranet.Core.Api;
using Intranet.Content.Services;
using Intranet.Core.Models;
using Intranet.Core.Paging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Intranet.Content.Api;

/// <summary>
/// <c>GET /api/articles</c> and <c>GET /api/articles/{id}</c>. Open to anonymous callers because the
/// visibility rule already limits them to public, live articles; everyone else sees what they may read.
/// </summary>
public static class ArticlesApi
{
    private const int MaxFilterLength = 100;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapIntranetApi("/api/articles").AllowAnonymous();
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:int}", GetAsync);
    }

    private static async Task<IResult> ListAsync(
        ClaimsPrincipal user, ReaderContexts readers, ArticleReader articles, CancellationToken ct,
        string? kind = null, string? unit = null, string? value = null, string? page = null, string? pageSize = null)
    {
        if (kind is { Length: > 0 } && !ArticleKinds.IsKnown(kind))
            return Invalid("kind", $"Ukjent innholdstype. Bruk en av: {string.Join(", ", ArticleKinds.All)}.");
        if (unit?.Length > MaxFilterLength) return Invalid("unit", "Enheten er for lang.");
        if (value?.Length > MaxFilterLength) return Invalid("value", "Verdien er for lang.");
        var request = PageRequest.From(ParseOrNull(page), ParseOrNull(pageSize));
        var filter = new ArticleFilter(Blank(kind), Blank(unit), Blank(value));
        var result = await articles.ListAsync(await readers.ForAsync(user, ct), filter, request, ct);
        return Results.Ok(new ArticleList(result.Total, result.Items.Select(ArticleListItem.From).ToList()));
    }

    private static async Task<IResult> GetAsync(int id, ClaimsPrincipal user, ReaderContexts readers, ArticleReader articles, CancellationToken ct)
    {
        var article = await articles.ByIdAsync(await readers.ForAsync(user, ct), id, ct);
        return article is null
            ? Results.Problem(statusCode: 404, title: "Finnes ikke", detail: "Artikkelen finnes ikke eller er ikke tilgjengelig for deg.")
            : Results.Ok(ArticleDetail.From(article));
    }

    /// <summary>Hostile paging values are clamped, not refused: page=-5 is page 1.</summary>
    private static int? ParseOrNull(string? text) =>
        int.TryParse(text, out var n) ? n : text is { Length: > 0 } && long.TryParse(text, out var big) ? (big > 0 ? int.MaxValue : 1) : null;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] },
            title: "Ugyldig forespørsel", detail: message);
}
