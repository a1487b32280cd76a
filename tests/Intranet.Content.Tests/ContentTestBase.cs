using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Content.Tests;

/// <summary>One host per test class (the tests add uniquely named articles only), with helpers to change and inspect articles directly.</summary>
public abstract class ContentTestBase(SharedIntranet host)
{
    public const string XssMarkdown =
        "Trygg tekst.\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n\n<img src=x onerror=alert(1)>\n\n" +
        "![a](data:text/html;base64,xx)\n\n# Overskrift {onclick=alert(1)}\n\n<javascript:alert(1)>\n";

    protected IntranetFactory Factory => host.Factory;

    protected async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        using var scope = Factory.Services.CreateScope();
        return await work(scope.ServiceProvider);
    }

    protected Task<T> WithDbAsync<T>(Func<IntranetDbContext, Task<T>> work) =>
        WithScopeAsync(sp => work(sp.GetRequiredService<IntranetDbContext>()));

    protected async Task<Actor> ActorAsync(string username) =>
        await WithDbAsync(async db =>
        {
            var user = await db.Set<IntranetUser>().AsNoTracking().FirstAsync(u => u.UserName == username);
            return new Actor(user.Id, user.UserName!);
        });

    protected Task<Article> CreateAsync(ArticleInput input, Actor actor, ArticleStatus status = ArticleStatus.Draft) =>
        WithScopeAsync(sp => sp.GetRequiredService<IArticleService>().CreateAsync(input, actor, status));

    protected static ArticleInput News(string title, string body = "Tekst.", Audience audience = Audience.Internal) =>
        new() { Kind = ArticleKinds.News, Title = title, BodyMarkdown = body, Audience = audience };
}
