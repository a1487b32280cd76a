using System.Net;
using Intranet.Newsletter.Services;
using Intranet.Testing;
using Intranet.Web.Data;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Intranet.Newsletter.Tests;

/// <summary>What goes into a digest: the corner, featured stories, the item cap, daily frequency, forced and confirmed items.</summary>
public abstract class DigestContentTests(DatabaseProvider provider) : DigestHost(provider, smtp: true)
{
    private const string Jonas = "jonas.berg@ringvik.kommune.no";

    private async Task PublishCornerAsync(string title)
    {
        var director = await Factory.SignedInClientAsync(DemoUsers.Kommunedirektor);
        var response = await director.PostJsonAsync("/api/corner", new { title, body = "Takk for innsatsen denne uka.", summary = "Hilsen." });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>ansatt writes a story, communications approve it and (when <paramref name="featured"/>) feature it.</summary>
    private async Task PublishStoryAsync(string title, bool featured)
    {
        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var id = await IdOf(await ansatt.PostJsonAsync("/api/stories", new
        {
            title, body = $"Vi prøvde noe nytt: {title}.", values = new[] { "losningsvillig" }, audience = "internal", submit = true,
            imageIds = Array.Empty<string>(),
        }));
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        Assert.Equal(HttpStatusCode.OK, (await comms.PostJsonAsync($"/api/stories/{id}/review", new { decision = "approve", comment = "" })).StatusCode);
        if (!featured) return;
        var url = await UrlAsync(id);
        await comms.PostFormAsync(url + "?handler=Feature", new() { ["featured"] = "true" }, url);
        Assert.True(await WithDbAsync(db => db.Set<Stories.Models.StoryDetails>().AnyAsync(d => d.ArticleId == id && d.Featured)));
    }

    private static async Task<int> IdOf(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("id").GetInt32();
    }

    private Task<string> UrlAsync(int id) => WithDbAsync(async db => (await db.Articles.AsNoTracking().SingleAsync(a => a.Id == id)).Url);

    [Fact]
    public async Task The_corner_and_featured_stories_are_included_and_the_digest_stops_at_ten_items()
    {
        await PublishCornerAsync("Hilsen fra kommunedirektøren");
        await PublishStoryAsync("Bedre rutiner for medisiner", featured: true);
        await PublishStoryAsync("Historie som ikke er løftet fram", featured: false);
        var comms = await PublishNewsAsync();
        for (var i = 1; i <= 12; i++) await comms.CreateNewsAsync(new { title = $"Nyhet nummer {i:00}", body = "Til info.", units = Array.Empty<string>() });

        await RunDigestAsync();

        var kari = Text(Assert.Single(Smtp.Received, m => m.To.Mailboxes.Any(b => b.Address == Kari)));
        Assert.Equal(DigestComposer.MaxItems, (await RowForAsync(Kari)).ItemCount);
        Assert.Equal(DigestComposer.MaxItems, kari.Split("\n* ").Length - 1);
        var corner = kari.IndexOf("Hilsen fra kommunedirektøren", StringComparison.Ordinal);
        var news = kari.IndexOf("Nyhet nummer 12", StringComparison.Ordinal);
        var story = kari.IndexOf("Bedre rutiner for medisiner", StringComparison.Ordinal);
        Assert.True(corner >= 0 && news > corner && story > news, kari);
        Assert.Contains("Kommunedirektørens hjørne", kari);
        Assert.Contains("Gode historier", kari);
        Assert.DoesNotContain("Historie som ikke er løftet fram", kari);
        Assert.Equal(8, kari.Split("* Nyhet nummer").Length - 1);
        Assert.DoesNotContain("Nyhet nummer 01", kari); // the newest news fill the places, the oldest drop out
    }

    [Fact]
    public async Task A_daily_reader_gets_one_digest_a_day_with_only_what_is_new_since_the_last()
    {
        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        await ansatt.PostFormAsync("/profil/nyhetsbrev", new() { ["Frequency"] = "Daily" });
        var comms = await PublishNewsAsync(new { title = "Mandagsnytt", body = "Uke 23.", units = Array.Empty<string>() });

        await RunDigestAsync();
        await RunDigestAsync();

        Assert.Equal(1, Smtp.CountFor(Kari));
        Assert.Equal("digest:d:2027-06-07", (await RowForAsync(Kari)).DedupKey);
        Assert.Equal("digest:w:2027-W23", (await RowForAsync(Jonas)).DedupKey);

        Clock.Advance(TimeSpan.FromDays(1));
        await comms.CreateNewsAsync(new { title = "Tirsdagsnytt", body = "Ny dag.", units = Array.Empty<string>() });
        await RunDigestAsync();

        Assert.Equal(2, Smtp.CountFor(Kari));
        Assert.Equal(1, Smtp.CountFor(Jonas));
        var tuesday = Text(Smtp.Received.Last(m => m.To.Mailboxes.Any(b => b.Address == Kari)));
        Assert.Contains("Tirsdagsnytt", tuesday);
        Assert.DoesNotContain("Mandagsnytt", tuesday);
        Assert.Equal("digest:d:2027-06-08", (await RowForAsync(Kari)).DedupKey);
    }

    [Fact]
    public async Task When_communications_force_important_items_the_corner_reaches_people_who_turned_the_digest_off()
    {
        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        await ansatt.PostFormAsync("/profil/nyhetsbrev", new() { ["Frequency"] = "Off" });
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        await comms.PostFormAsync("/admin/nyhetsbrev?handler=Settings", new() { ["ForceImportant"] = "true" }, "/admin/nyhetsbrev");
        await PublishCornerAsync("Kommunedirektøren om budsjettet");
        await comms.CreateNewsAsync(new { title = "Vanlig nyhet om sykkelparkering", body = "Til info.", units = Array.Empty<string>() });

        await RunDigestAsync();

        var kari = Text(Assert.Single(Smtp.Received, m => m.To.Mailboxes.Any(b => b.Address == Kari)));
        Assert.Contains("Kommunedirektøren om budsjettet", kari);
        Assert.DoesNotContain("sykkelparkering", kari);
        Assert.Equal(1, (await RowForAsync(Kari)).ItemCount);
        Assert.Contains("sykkelparkering", Text(Assert.Single(Smtp.Received, m => m.To.Mailboxes.Any(b => b.Address == Jonas))));
    }

    [Fact]
    public async Task A_must_read_item_the_person_already_confirmed_is_left_out_of_their_digest()
    {
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var read = await comms.CreateNewsAsync(new { title = "Viktig: ny branninstruks", body = "Les.", mustRead = true, units = Array.Empty<string>() });
        await comms.CreateNewsAsync(new { title = "Viktig: nye smittevernrutiner", body = "Les.", mustRead = true, units = Array.Empty<string>() });
        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var url = await UrlAsync(read);
        await ansatt.PostFormAsync(url + "?handler=Confirm", new(), url);
        Assert.True(await WithDbAsync(db => db.Set<News.Models.ReadConfirmation>().AnyAsync(c => c.ArticleId == read)));

        await RunDigestAsync();

        var kari = Text(Assert.Single(Smtp.Received, m => m.To.Mailboxes.Any(b => b.Address == Kari)));
        Assert.Contains("nye smittevernrutiner", kari);
        Assert.DoesNotContain("ny branninstruks", kari);
        var jonas = Text(Assert.Single(Smtp.Received, m => m.To.Mailboxes.Any(b => b.Address == Jonas)));
        Assert.Contains("ny branninstruks", jonas);
    }
}

public sealed class DigestContentTestsSqlite() : DigestContentTests(DatabaseProvider.Sqlite);

public sealed class DigestContentTestsPostgres() : DigestContentTests(DatabaseProvider.Postgres);
