using System.Net;
using System.Text.RegularExpressions;
using Intranet.Core.Data;
using Intranet.News.Models;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.News.Tests;

/// <summary>Reactions and comments on news, and communications staff turning them off per item.</summary>
public abstract class NewsInteractionTests(NewsHost host)
{
    private IntranetFactory Factory => host.Factory;

    [Fact]
    public async Task Each_person_has_one_reaction_of_a_kind_and_the_count_follows()
    {
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var (id, url) = await comms.CreateNewsAsync(new { title = "Reaksjonsprøve", body = "Liker du dette?", units = Array.Empty<string>() });
        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var nyansatt = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);

        Assert.Equal(HttpStatusCode.Redirect, (await React(ansatt, url, "liker")).StatusCode);
        Assert.Equal((1, true), Reaction(await ansatt.TextAsync(url), "liker"));
        await React(nyansatt, url, "liker");
        Assert.Equal((2, false), Reaction(await comms.TextAsync(url), "liker"));
        Assert.Equal((2, true), Reaction(await nyansatt.TextAsync(url), "liker"));

        // Pressing again takes one's own reaction back: never two of a kind from one person.
        await React(ansatt, url, "liker");
        Assert.Equal((1, false), Reaction(await ansatt.TextAsync(url), "liker"));
        await React(ansatt, url, "takk");
        var page = await ansatt.TextAsync(url);
        Assert.Equal((1, true), Reaction(page, "takk"));
        Assert.Equal((1, false), Reaction(page, "liker"));
        Assert.Equal(HttpStatusCode.BadRequest, (await React(ansatt, url, "hater")).StatusCode);
        Assert.Equal(2, await CountAsync<NewsReaction>(r => r.ArticleId == id));
    }

    [Fact]
    public async Task A_comment_is_shown_with_its_author_and_an_empty_one_gets_a_message_by_the_field()
    {
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var (id, url) = await comms.CreateNewsAsync(new { title = "Kommentarprøve", body = "Hva mener du?", units = Array.Empty<string>() });
        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        Assert.Contains("Ingen kommentarer ennå.", await ansatt.TextAsync(url + "?culture=nb"));

        var sent = await ansatt.PostFormAsync(url + "?handler=Comment", new() { ["Comment"] = "  Fin sak, takk!  " }, url);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var page = await comms.TextAsync(url + "?culture=nb");
        Assert.Contains("<p>Fin sak, takk!</p>", page);
        Assert.Contains("Kari Solberg,", page);

        var empty = await ansatt.PostFormAsync(url + "?handler=Comment", new() { ["Comment"] = "   " }, url);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("id=\"comment-error\">Skriv en kommentar.</span>", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()));
        Assert.Equal(1, await CountAsync<NewsComment>(c => c.ArticleId == id));
    }

    [Fact]
    public async Task An_item_with_comments_and_reactions_turned_off_shows_no_form_and_refuses_both_in_norwegian()
    {
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var (id, url) = await comms.CreateNewsAsync(new
        {
            title = "Stengt for innspill", body = "Bare informasjon.", commentsOpen = false, reactionsOpen = false, units = Array.Empty<string>(),
        });
        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var page = await ansatt.TextAsync(url + "?culture=nb");
        Assert.DoesNotContain("handler=Comment", page);
        Assert.DoesNotContain("handler=React", page);
        Assert.DoesNotContain("name=\"Comment\"", page);
        Assert.Contains("Kommentarer er slått av for denne nyheten.", page);
        Assert.Contains("Reaksjoner er slått av for denne nyheten.", page);
        Assert.Contains("Kommentarar er slått av for denne nyheita.", await ansatt.TextAsync(url + "?culture=nn"));

        // A form kept open from before the item was closed (or a hand-made post) is refused with the reason.
        var comment = await ansatt.PostFormAsync(url + "?handler=Comment&culture=nb", new() { ["Comment"] = "Likevel?" }, url);
        Assert.Equal(HttpStatusCode.BadRequest, comment.StatusCode);
        Assert.Contains("role=\"alert\" id=\"closed-error\">Kommentarer er slått av for denne nyheten.", WebUtility.HtmlDecode(await comment.Content.ReadAsStringAsync()));
        var reaction = await React(ansatt, url, "liker", "&culture=nb");
        Assert.Equal(HttpStatusCode.BadRequest, reaction.StatusCode);
        Assert.Contains("Reaksjoner er slått av for denne nyheten.", WebUtility.HtmlDecode(await reaction.Content.ReadAsStringAsync()));
        Assert.Equal(0, await CountAsync<NewsComment>(c => c.ArticleId == id));
        Assert.Equal(0, await CountAsync<NewsReaction>(r => r.ArticleId == id));
    }

    private static Task<HttpResponseMessage> React(HttpClient client, string url, string kind, string query = "") =>
        client.PostFormAsync(url + "?handler=React" + query, new() { ["kind"] = kind }, url);

    /// <summary>The count on the reaction's button and whether it is pressed (the reader's own).</summary>
    private static (int Count, bool Mine) Reaction(string html, string kind)
    {
        var m = Regex.Match(html, $"value=\"{kind}\"[^>]*aria-pressed=\"(true|false)\">[^<(]+\\((\\d+)\\)");
        Assert.True(m.Success, $"no button for {kind}");
        return (int.Parse(m.Groups[2].Value), m.Groups[1].Value == "true");
    }

    private async Task<int> CountAsync<T>(System.Linq.Expressions.Expression<Func<T, bool>> where) where T : class
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IntranetDbContext>().Set<T>().CountAsync(where);
    }
}

public sealed class NewsInteractionTestsSqlite(SqliteNewsHost host) : NewsInteractionTests(host), IClassFixture<SqliteNewsHost>;

public sealed class NewsInteractionTestsPostgres(PostgresNewsHost host) : NewsInteractionTests(host), IClassFixture<PostgresNewsHost>;
