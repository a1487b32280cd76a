using System.Net;
using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Testing;
using Intranet.Welcome.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Welcome.Tests;

/// <summary>The welcome page, the checklist, and who may see a new hire's progress.</summary>
public abstract class WelcomeTests(HostFixture host)
{
    private IntranetFactory Factory => host.Factory;

    [Fact]
    public async Task New_hire_lands_on_the_welcome_page_once_per_sign_in()
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        var first = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/velkommen", first.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        // A renewed session cookie (here: saving the profile re-issues it, as the security-stamp check does every
        // 30 s) is the same sign-in: no second redirect.
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/profil", new() { ["Culture"] = "nb" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        var again = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        Assert.Equal(HttpStatusCode.Redirect, (await again.GetAsync("/")).StatusCode);

        var employee = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        Assert.Equal(HttpStatusCode.OK, (await employee.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task New_hire_sees_the_municipality_and_unit_sections_the_buddy_and_the_checklist()
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        var html = TestData.Text(await client.GetStringAsync("/velkommen"));
        Assert.Contains("Velkommen, Jonas Berg!", html);
        Assert.True(html.IndexOf("Om Ringvik kommune", StringComparison.Ordinal) < html.IndexOf("HMS – helse, miljø og sikkerhet", StringComparison.Ordinal));
        Assert.Contains("Velkommen til hjemmetjenesten", html);
        Assert.Contains("Rutiner du må kunne i hjemmetjenesten", html);
        Assert.DoesNotContain("Velkomen til heimetenesta", html);
        Assert.Contains("Kari Solberg", html);
        Assert.Contains("mailto:kari.solberg@ringvik.kommune.no", html);
        Assert.Contains("Fått nøkler og adgangskort", html);
    }

    [Fact]
    public async Task Nynorsk_reader_gets_the_nynorsk_translation_of_a_section()
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        var html = TestData.Text(await client.GetStringAsync("/velkommen?culture=nn"));
        Assert.Contains("Velkomen til heimetenesta", html);
        Assert.DoesNotContain("Velkommen til hjemmetjenesten", html);
        Assert.Contains("Fått nøklar og tilgangskort", html);
    }

    [Fact]
    public async Task Checklist_ticks_persist_across_sign_ins()
    {
        var items = await Factory.ChecklistItemIdsAsync("hjemmetjenesten");
        var client = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        var form = new FormUrlEncodedContent([new("Ticked", items[0].ToString()), new("Ticked", items[2].ToString())]);
        var response = await PostWithTokenAsync(client, "/velkommen?handler=Checklist", "/velkommen", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var again = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        var html = await again.GetStringAsync("/velkommen");
        Assert.Equal([items[0], items[2]], TestData.CheckedItems(html).Order());
        Assert.Contains($"2 av {items.Count} gjort", html);
    }

    [Fact]
    public async Task Unit_leader_sees_the_progress_of_their_new_hire()
    {
        var items = await Factory.ChecklistItemIdsAsync("hjemmetjenesten");
        var client = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        await PostWithTokenAsync(client, "/velkommen?handler=Checklist", "/velkommen",
            new FormUrlEncodedContent([new("Ticked", items[1].ToString())]));

        var leader = await Factory.SignedInClientAsync(DemoUsers.Enhetsleder);
        var response = await leader.GetAsync("/velkommen/enhet");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = TestData.Text(await response.Content.ReadAsStringAsync());
        Assert.Contains("Jonas Berg", html);
        Assert.Contains($"1 av {items.Count} gjort", html);
        Assert.Contains("Fadder: Kari Solberg", html);
    }

    [Theory]
    [InlineData(DemoUsers.Ansatt)]
    [InlineData(DemoUsers.Nyansatt)]
    [InlineData(DemoUsers.Kommunikasjon)]
    [InlineData(DemoUsers.Admin)]
    public async Task Nobody_but_the_unit_leader_sees_the_unit_page(string username)
    {
        var client = await Factory.SignedInClientAsync(username);
        var response = await client.GetAsync("/velkommen/enhet");
        AssertRefused(response);
        // Only the page's own content: the header names the signed-in reader (nyansatt is Jonas Berg himself).
        var html = await response.Content.ReadAsStringAsync();
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var main = start < 0 ? html : html[start..];
        Assert.DoesNotContain("Jonas Berg", main);
    }

    [Fact]
    public async Task A_leader_of_another_unit_sees_only_their_own_unit()
    {
        var otherLeader = await Factory.AddOtherLeaderAsync();
        var client = await Factory.SignedInClientAsync(otherLeader);
        var own = TestData.Text(await client.GetStringAsync("/velkommen/enhet"));
        Assert.Contains("Ringvik bibliotek", own);
        Assert.DoesNotContain("Jonas Berg", own);
        var other = await client.GetAsync("/velkommen/enhet?enhet=hjemmetjenesten");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.DoesNotContain("Jonas Berg", await other.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Someone_who_is_not_a_new_hire_cannot_tick_a_checklist()
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var items = await Factory.ChecklistItemIdsAsync("hjemmetjenesten");
        var response = await PostWithTokenAsync(client, "/velkommen?handler=Checklist", "/velkommen",
            new FormUrlEncodedContent([new("Ticked", items[0].ToString())]));
        AssertRefused(response);
    }

    [Fact]
    public async Task Leader_adds_a_checklist_item_and_a_bad_one_is_shown_again_with_a_message()
    {
        var leader = await Factory.SignedInClientAsync(DemoUsers.Enhetsleder);
        var ok = await leader.PostFormAsync("/velkommen/enhet?handler=Item&enhet=hjemmetjenesten",
            new() { ["Item.Title"] = "Hils på kjøkkenet", ["Item.TitleNn"] = "Hels på kjøkenet", ["Item.DueDay"] = "2" }, "/velkommen/enhet");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Contains("Hils på kjøkkenet", TestData.Text(await leader.GetStringAsync("/velkommen/enhet")));

        var bad = await leader.PostFormAsync("/velkommen/enhet?handler=Item&enhet=hjemmetjenesten",
            new() { ["Item.Title"] = "Noe å gjøre", ["Item.DueDay"] = "tusen" }, "/velkommen/enhet");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = TestData.Text(await bad.Content.ReadAsStringAsync());
        Assert.Contains("Skriv et antall dager fra 0 til 365.", html);
        Assert.Contains("value=\"Noe å gjøre\"", html);
    }

    [Fact]
    public async Task Leader_chooses_a_buddy_from_the_unit_only()
    {
        var ids = await Factory.InScopeAsync(async sp => await sp.GetRequiredService<IntranetDbContext>().Users
            .ToDictionaryAsync(u => u.UserName!, u => u.Id));
        var leader = await Factory.SignedInClientAsync(DemoUsers.Enhetsleder);
        var outsider = await leader.PostFormAsync("/velkommen/enhet?handler=Buddy&enhet=hjemmetjenesten",
            new() { ["Buddy.NewHireId"] = ids[DemoUsers.Nyansatt], ["Buddy.BuddyId"] = ids[DemoUsers.Kommunikasjon] }, "/velkommen/enhet");
        Assert.Equal(HttpStatusCode.OK, outsider.StatusCode);
        Assert.Contains("Velg en fadder som jobber i enheten.", TestData.Text(await outsider.Content.ReadAsStringAsync()));

        var ok = await leader.PostFormAsync("/velkommen/enhet?handler=Buddy&enhet=hjemmetjenesten",
            new() { ["Buddy.NewHireId"] = ids[DemoUsers.Nyansatt], ["Buddy.BuddyId"] = ids[DemoUsers.Enhetsleder] }, "/velkommen/enhet");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var newHire = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        Assert.Contains("Marit Haugland er fadderen din", TestData.Text(await newHire.GetStringAsync("/velkommen")));
        await leader.PostFormAsync("/velkommen/enhet?handler=Buddy&enhet=hjemmetjenesten",
            new() { ["Buddy.NewHireId"] = ids[DemoUsers.Nyansatt], ["Buddy.BuddyId"] = ids[DemoUsers.Ansatt] }, "/velkommen/enhet");
    }

    [Fact]
    public async Task Leader_adds_a_section_in_both_languages()
    {
        var leader = await Factory.SignedInClientAsync(DemoUsers.Enhetsleder);
        var response = await leader.PostFormAsync("/velkommen/enhet?handler=Section&enhet=hjemmetjenesten", new()
        {
            ["Section.Title"] = "Parkering ved basen", ["Section.Body"] = "Du kan parkere **bak** basen.",
            ["Section.TitleNn"] = "Parkering ved basen (nn)", ["Section.BodyNn"] = "Du kan parkere **bak** basen.",
        }, "/velkommen/enhet");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var newHire = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        Assert.Contains("Parkering ved basen</h3>", await newHire.GetStringAsync("/velkommen"));
        Assert.Contains("Parkering ved basen (nn)</h3>", await newHire.GetStringAsync("/velkommen?culture=nn"));
    }

    [Fact]
    public async Task Communications_order_the_municipality_pack_and_add_a_new_section()
    {
        var staff = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var (valuesSection, newArticle) = await Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<IntranetDbContext>();
            var articleId = await db.Articles.Where(a => a.Slug == "vare-verdier").Select(a => a.Id).SingleAsync();
            var section = await db.Set<WelcomeSection>().Where(s => s.ArticleId == articleId).Select(s => s.Id).SingleAsync();
            var created = await sp.GetRequiredService<IArticleService>().CreateAsync(new ArticleInput
            {
                Kind = ArticleKinds.Welcome, Title = "Kantina og treningsrommet", BodyMarkdown = "Kantina er åpen 11–13.",
            }, Actor.System, ArticleStatus.Published);
            return (section, created.Id);
        });
        var moved = await staff.PostFormAsync($"/admin/velkommen?handler=Move&id={valuesSection}&direction=1", new(), "/admin/velkommen");
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var added = await staff.PostFormAsync("/admin/velkommen?handler=Add", new() { ["ArticleId"] = newArticle.ToString() }, "/admin/velkommen");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var newHire = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        var html = TestData.Text(await newHire.GetStringAsync("/velkommen"));
        Assert.True(html.IndexOf("Praktisk informasjon for nyansatte", StringComparison.Ordinal) < html.IndexOf("Våre verdier: tydelig", StringComparison.Ordinal));
        Assert.True(html.IndexOf("HMS – helse", StringComparison.Ordinal) < html.IndexOf("Kantina og treningsrommet", StringComparison.Ordinal));

        var employee = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        Assert.NotEqual(HttpStatusCode.OK, (await employee.GetAsync("/admin/velkommen")).StatusCode);
    }

    /// <summary>403, or 404 once the host's error pages re-execute it (both hide the page; the brief allows either).</summary>
    private static void AssertRefused(HttpResponseMessage response) =>
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });

    internal static async Task<HttpResponseMessage> PostWithTokenAsync(HttpClient client, string url, string formPage, FormUrlEncodedContent fields)
    {
        var token = HttpClientExtensions.AntiforgeryToken(await client.GetStringAsync(formPage))!;
        var pairs = (await fields.ReadAsStringAsync()).Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=')).Select(p => new KeyValuePair<string, string>(WebUtility.UrlDecode(p[0]), WebUtility.UrlDecode(p[1])))
            .Append(new("__RequestVerificationToken", token));
        return await client.PostAsync(url, new FormUrlEncodedContent(pairs));
    }
}

public sealed class WelcomeTestsSqlite(SqliteHost host) : WelcomeTests(host), IClassFixture<SqliteHost>;

public sealed class WelcomeTestsPostgres(PostgresHost host) : WelcomeTests(host), IClassFixture<PostgresHost>;
