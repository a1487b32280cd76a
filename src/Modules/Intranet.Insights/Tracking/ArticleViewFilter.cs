using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Intranet.Core.Time;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intranet.Insights.Tracking;

/// <summary>
/// Counts a successful GET of an article page (/{kind path}/{slug}) without recording who read it: the view goes
/// into a per-(article, day) counter, and a signed-in reader's unit gets the reader's daily salted hash and a raised
/// register in the month's sketch (neither with an article).
/// </summary>
public sealed class ArticleViewFilter(ViewBuffer buffer, ReaderSalt salt, MonthlyReaderKey monthly, IClock clock, ILogger<ArticleViewFilter> logger) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) || executed.Exception is not null || executed.Result is not PageResult) return;
        if (ArticlePath(http.Request.Path) is not { } target || BotDetector.IsBot(http.Request.Headers.UserAgent)) return;
        try
        {
            await RecordAsync(http, target.Kind, target.Slug);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not count an article view");
        }
    }

    private async Task RecordAsync(HttpContext http, string kind, string slug)
    {
        var day = DateOnly.FromDateTime(clock.UtcNow.UtcDateTime);
        buffer.RecordView(kind, slug, day);
        if (http.User.UserId() is not { } userId || http.User.UnitId() is not { } unitId) return;
        var db = http.RequestServices.GetRequiredService<IntranetDbContext>();
        buffer.RecordReader(day, unitId, await salt.HashAsync(userId, day, db, http.RequestAborted));
        var month = ReaderRollup.Month(day);
        buffer.RecordRegister(month, unitId, await monthly.PositionAsync(userId, month, db, http.RequestAborted));
    }

    /// <summary>("news", "slug") for "/nyheter/slug"; null for any other path.</summary>
    public static (string Kind, string Slug)? ArticlePath(PathString path)
    {
        var parts = (path.Value ?? "").Trim('/').Split('/');
        if (parts.Length != 2 || parts[1].Length == 0) return null;
        return ArticleKinds.KindForPath(parts[0]) is { } kind ? (kind, Uri.UnescapeDataString(parts[1])) : null;
    }
}
