using System.Text.RegularExpressions;
using Intranet.Core.Data;
using Intranet.Core.Notifications;
using Intranet.Insights.Models;
using Intranet.Stories.Services;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Foundation.Tests.Nynorsk;

/// <summary>
/// Important pages rendered in nynorsk through the real host, signed in as an employee and as editors: every text the
/// pages ask the localizer for has a nynorsk entry, and the page chrome has no common bokmål-only words.
/// </summary>
public sealed partial class NynorskPagesTests(NynorskPagesTests.Host host) : IClassFixture<NynorskPagesTests.Host>
{
    public sealed class Host : IDisposable
    {
        public NynorskHost Factory { get; } = new();
        public void Dispose() => Factory.Dispose();
    }

    private static readonly string[] EveryonePages =
        ["/", "/historier", "/historier/mine", "/historier/ny", "/nyheter", "/hjornet", "/hjornet/arkiv", "/velkommen", "/verdier",
         "/verdier/roser/ny", "/verdier/roser/mine", "/arrangementer", "/sok?q=bhg", "/sok?q=ferie", "/varsler", "/profil",
         "/profil/nyhetsbrev", "/profil/nyhetsfeed", "/profil/passord", "/profil/tokens", "/tilgjengelighet", "/hjornet/spor"];

    private static readonly string[] EditorPages =
        ["/innsikt", "/admin", "/admin/innhold", "/admin/innhold/ny", "/admin/brukere", "/admin/brukere/ny", "/admin/enheter",
         "/admin/roller", "/admin/media", "/admin/nyhetsbrev", "/admin/puls", "/admin/sok", "/admin/sok/anbefalt",
         "/admin/sok/statistikk", "/admin/sok/synonymer", "/admin/velkommen", "/admin/velkomstmoter", "/admin/verdier",
         "/admin/innlogging", "/arrangementer/ny", "/nyheter/ny", "/hjornet/ny", "/hjornet/sporsmal", "/hjornet/delegater",
         "/historier/innboks", "/enhet/tilgangskoder", "/velkommen/enhet"];

    [Fact]
    public async Task Every_text_on_important_pages_has_nynorsk()
    {
        var pages = new List<(string User, string Url, string Html)>();
        foreach (var (user, urls) in new[] { (DemoUsers.Ansatt, EveryonePages), (DemoUsers.Kommunikasjon, EditorPages), (DemoUsers.Admin, EditorPages), (DemoUsers.Enhetsleder, (string[])["/historier/innboks", "/velkommen/enhet", "/enhet/tilgangskoder", "/innsikt"]) })
        {
            var client = await host.Factory.SignedInClientAsync(user);
            var queue = new Queue<string>(urls);
            var seen = new HashSet<string>();
            while (queue.TryDequeue(out var url))
            {
                if (!seen.Add(url)) continue;
                var response = await client.GetAsync(Nynorsk(url));
                if (!response.IsSuccessStatusCode) continue;
                var html = await response.Content.ReadAsStringAsync();
                pages.Add((user, url, html));
                if (urls.Contains(url)) foreach (var link in FirstLinks(html)) queue.Enqueue(link);
            }
        }
        var bokmal = pages.SelectMany(p => PageChrome.Texts(p.Html).SelectMany(PageChrome.BokmalIn)
                .Select(w => $"{p.User} {p.Url}: {w}")).Distinct().ToList();
        Assert.All(pages, p => Assert.Contains("<html lang=\"nn\"", p.Html));
        var data = await DataTextsAsync();
        var missing = host.Factory.Localizer.Missing.Keys.Where(k => !data.Contains(k)).Order().ToList();
        Assert.True(missing.Count + bokmal.Count == 0,
            "Asked for in nynorsk but missing in nn.json:\n" + string.Join("\n", missing) +
            "\nBokmål words in the nynorsk page chrome:\n" + string.Join("\n", bokmal));
    }

    [Fact]
    public async Task A_notification_sent_in_bokmal_is_listed_in_nynorsk()
    {
        using (var scope = host.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IntranetDbContext>();
            var userId = await db.Users.Where(u => u.UserName == DemoUsers.Nyansatt).Select(u => u.Id).SingleAsync();
            await scope.ServiceProvider.GetRequiredService<INotificationSender>()
                .SendAsync(userId, StoryNotifications.Approved.Fill("Mi første veke"), "/historier", "nynorsk-test", CancellationToken.None);
        }
        var client = await host.Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        var html = await client.TextAsync("/varsler?culture=nn");
        Assert.Contains("Historia «Mi første veke» er godkjend", System.Net.WebUtility.HtmlDecode(html));
    }

    /// <summary>
    /// Texts that pages pass through the localizer but that come from the database, where their nynorsk (if any) is
    /// kept with them: unit and sector names, pulse questions (the nynorsk question is already picked), site settings.
    /// </summary>
    private async Task<HashSet<string>> DataTextsAsync()
    {
        using var scope = host.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IntranetDbContext>();
        var questions = await db.Set<PulseQuestion>().AsNoTracking().ToListAsync();
        var texts = questions.SelectMany(q => new[] { q.Text, q.TextNn ?? "" })
            .Concat(await db.Units.Select(u => u.Name).ToListAsync())
            .Concat(await db.Settings.Select(s => s.Value).ToListAsync());
        return texts.SelectMany(t => new[] { t, $"{t} – utvikling" }).ToHashSet();
    }

    private static string Nynorsk(string url) => url + (url.Contains('?') ? "&" : "?") + "culture=nn";

    /// <summary>One of each kind of detail page linked from a list page (a story, a news item, an event, an edit form …).</summary>
    private static IEnumerable<string> FirstLinks(string html) =>
        DetailLink().Matches(html).Select(m => m.Groups[1].Value).GroupBy(u => u[..u.LastIndexOf('/')]).Select(g => g.FirstOrDefault(u => u.Any(char.IsDigit)) ?? g.First());

    [GeneratedRegex("href=\"(/(?:historier|nyheter|hjornet|arrangementer|verdier|admin/innhold|admin/brukere|admin/enheter|admin/puls|enheter)/[a-z0-9-]+(?:/[a-z]+)?)\"")]
    private static partial Regex DetailLink();
}
