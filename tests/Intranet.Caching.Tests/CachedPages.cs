using Intranet.Core.Content;
using Intranet.Core.Models;
using Intranet.News.Services;
using Intranet.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Caching.Tests;

/// <summary>Set-ups for the cache tests: articles through IArticleService, clients with and without cookies.</summary>
internal static class CachedPages
{
    public static HttpClient AnonymousClient(this IntranetFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public static async Task<Article> ArticleAsync(this IntranetFactory factory, string kind, string title,
        ArticleStatus status, Audience audience = Audience.Internal)
    {
        using var scope = factory.Services.CreateScope();
        var articles = scope.ServiceProvider.GetRequiredService<IArticleService>();
        return await articles.CreateAsync(new ArticleInput
        {
            Kind = kind, Title = title, BodyMarkdown = $"Brødtekst for {title}.", Audience = audience, Values = ["tydelig"],
        }, Actor.System, status);
    }

    public static async Task<Article> NewsAsync(this IntranetFactory factory, string title, string[] units, bool restricted,
        bool publish = true, bool mustRead = false)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<NewsEditor>().CreateAsync(new NewsInput
        {
            Title = title, Summary = "Kort om " + title, Body = "Brødtekst.", Units = units, Restricted = restricted,
            Publish = publish, MustRead = mustRead,
        }, Actor.System);
    }

    public static async Task SetStatusAsync(this IntranetFactory factory, int id, ArticleStatus status)
    {
        using var scope = factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IArticleService>().SetStatusAsync(id, status, Actor.System);
    }

    /// <summary>The output cache marks a response it served from its store with an Age header.</summary>
    public static bool FromCache(this HttpResponseMessage response) => response.Headers.Age is not null;

    /// <summary>Signs in without a cookie jar and returns just "intranett.auth=…" (no antiforgery cookie).</summary>
    public static async Task<string> SessionCookieAsync(this IntranetFactory factory, string username)
    {
        var client = factory.AnonymousClient();
        var form = await client.GetAsync("/logg-inn");
        var af = form.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("intranett.af=", StringComparison.Ordinal)).Split(';')[0];
        var token = HttpClientExtensions.AntiforgeryToken(await form.Content.ReadAsStringAsync())!;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/logg-inn")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
                { ["UserName"] = username, ["Password"] = DemoUsers.Password, ["__RequestVerificationToken"] = token }),
        };
        post.Headers.Add("Cookie", af);
        var signedIn = await client.SendAsync(post);
        var auth = signedIn.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith("intranett.auth", StringComparison.Ordinal))
            .Select(c => c.Split(';')[0]);
        return string.Join("; ", auth);
    }
}
