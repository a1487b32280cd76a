using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Intranet.Testing;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Xunit;

namespace Intranet.Security.Tests;

/// <summary>
/// Insecure direct object references: a route that takes an id or slug, asked by someone who may not see the
/// target, answers 404 exactly as for an id that does not exist, so nobody learns what exists.
/// </summary>
public abstract class HiddenTargetTests(SecuritySite site)
{
    [Fact]
    public async Task Other_peoples_drafts_and_submitted_stories_are_404()
    {
        var draft = await StoryAsync(submit: false);
        var submitted = await StoryAsync(submit: true);
        var outsider = await site.CookieClientAsync(DemoUsers.Nyansatt);
        var outsiderToken = await site.TokenClientAsync(DemoUsers.Nyansatt);
        foreach (var (id, slug) in new[] { draft, submitted })
        {
            await AssertNotFoundAsync(outsider, $"/historier/{slug}");
            await AssertNotFoundAsync(outsider, $"/historier/{id}/rediger");
            await AssertNotFoundAsync(outsiderToken, $"/api/articles/{id}");
            await AssertNotFoundAsync(site.Anonymous(), $"/historier/{slug}");
            await AssertNotFoundAsync(site.Anonymous(), $"/api/articles/{id}");
        }
    }

    [Fact]
    public async Task News_restricted_to_another_unit_is_404()
    {
        var news = await site.PostJsonOkAsync(DemoUsers.Kommunikasjon, "/api/news",
            new { title = "Bare for skolen " + Guid.NewGuid().ToString("N")[..6], body = "Intern melding.", restricted = true, units = new[] { "ringvik-skole" } });
        var id = news.GetProperty("id").GetInt32();
        var url = JsonSerializer.Deserialize<JsonElement>(await (await site.TokenClientAsync(DemoUsers.Admin)).GetStringAsync($"/api/articles/{id}")).GetProperty("url").GetString()!;
        await AssertNotFoundAsync(await site.CookieClientAsync(DemoUsers.Ansatt), url);
        await AssertNotFoundAsync(await site.TokenClientAsync(DemoUsers.Ansatt), $"/api/articles/{id}");
        await AssertNotFoundAsync(site.Anonymous(), $"/api/articles/{id}");
    }

    [Fact]
    public async Task Someone_elses_unused_image_and_another_units_welcome_checklist_are_404()
    {
        var file = new ByteArrayContent(Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        var upload = await (await site.TokenClientAsync(DemoUsers.Ansatt)).PostAsync("/api/media",
            new MultipartFormDataContent { { file, "file", "privat.png" }, { new StringContent("Privat"), "alt" } });
        var id = JsonSerializer.Deserialize<JsonElement>(await upload.Content.ReadAsStringAsync()).GetProperty("id").GetString();
        foreach (var size in new[] { "thumb", "medium", "large", "original" })
        {
            await AssertNotFoundAsync(await site.CookieClientAsync(DemoUsers.Nyansatt), $"/media/{id}/{size}");
            await AssertNotFoundAsync(site.Anonymous(), $"/media/{id}/{size}");
        }
        await AssertNotFoundAsync(await site.CookieClientAsync(DemoUsers.Enhetsleder), "/velkommen/enhet?enhet=ringvik-skole");
    }

    [Fact]
    public async Task A_corner_attachment_of_a_post_the_reader_may_not_see_is_404()
    {
        var (url, id, attachments) = await SecurityData.CornerNoteAsync(site, "Notat som trekkes " + Guid.NewGuid().ToString("N")[..6],
            "Notat til formannskapet.", MultipartCalls.PdfPart("notat.pdf", MultipartCalls.Pdf("trekkes")));
        var link = Assert.Single(attachments);
        var reader = await site.CookieClientAsync(DemoUsers.Ansatt);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(link)).StatusCode);

        var admin = await site.CookieClientAsync(DemoUsers.Admin);
        var unpublished = await admin.PostFormAsync($"/admin/innhold/{id}?handler=Status", new() { ["status"] = "unpublish" }, $"/admin/innhold/{id}");
        Assert.Equal(HttpStatusCode.Redirect, unpublished.StatusCode);
        await AssertNotFoundAsync(reader, link);
        await AssertNotFoundAsync(await site.TokenClientAsync(DemoUsers.Ansatt), link);
        await AssertNotFoundAsync(reader, url);
        await AssertNotFoundAsync(reader, "/hjornet/vedlegg/" + Guid.NewGuid().ToString("N"));
    }

    /// <summary>
    /// The export needs a permission (corner.export): a plain employee gets the access-denied answer, the same for a post
    /// that exists and one that does not (docs/security.md: permission refusals are 403 for every id), so it reveals nothing.
    /// </summary>
    [Fact]
    public async Task The_corner_export_is_refused_alike_for_existing_and_missing_posts()
    {
        var (url, _, _) = await SecurityData.CornerNoteAsync(site, "Eksportnotat " + Guid.NewGuid().ToString("N")[..6], "Til arkivet.");
        var existing = url + "/eksport";
        const string missing = "/hjornet/finnes-ikke-987654/eksport";
        var employee = await site.CookieClientAsync(DemoUsers.Ansatt);
        foreach (var target in new[] { existing, missing })
        {
            var response = await employee.GetAsync(target);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && new Uri(new Uri(site.BaseUrl), response.Headers.Location!).AbsolutePath == "/feil/403",
                $"{target} → {(int)response.StatusCode} {response.Headers.Location}");
            Assert.Equal(HttpStatusCode.Forbidden, (await (await site.TokenClientAsync(DemoUsers.Ansatt)).GetAsync(target)).StatusCode);
        }
        var staff = await site.CookieClientAsync(DemoUsers.Kommunikasjon);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(existing)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(missing)).StatusCode);
    }

    /// <summary>Only the sender withdraws a verdirose and only its recipient (a team's leader) accepts it; everyone else gets 404.</summary>
    [Fact]
    public async Task Another_persons_praise_cannot_be_withdrawn_or_accepted()
    {
        var message = "Takk for hjelpen " + Guid.NewGuid().ToString("N")[..8];
        var id = await SecurityData.PraiseAsync(site, DemoUsers.Ansatt, message, toUnit: "hjemmetjenesten");
        var outsider = await site.CookieClientAsync(DemoUsers.Nyansatt);
        var leader = await site.CookieClientAsync(DemoUsers.Enhetsleder);
        foreach (var (client, handler) in new[] { (outsider, "Withdraw"), (outsider, "Accept"), (outsider, "Decline"), (leader, "Withdraw") })
        {
            var response = await client.PostFormAsync($"/verdier/roser/mine?handler={handler}", new() { ["id"] = id.ToString() }, "/verdier/roser/mine");
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{handler} → {(int)response.StatusCode}");
        }
        var missing = await outsider.PostFormAsync("/verdier/roser/mine?handler=Withdraw", new() { ["id"] = "987654" }, "/verdier/roser/mine");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.True(await SecurityData.PraiseExistsAsync(site, id));
        // The rightful answers work, so the 404s above are not the handlers' only answer.
        var accepted = await leader.PostFormAsync("/verdier/roser/mine?handler=Accept", new() { ["id"] = id.ToString() }, "/verdier/roser/mine");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var sender = await site.CookieClientAsync(DemoUsers.Ansatt);
        var withdrawn = await sender.PostFormAsync("/verdier/roser/mine?handler=Withdraw", new() { ["id"] = id.ToString() }, "/verdier/roser/mine");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.False(await SecurityData.PraiseExistsAsync(site, id));
    }

    /// <summary>A leader of another unit sees nothing of hjemmetjenesten's new hires and changes nothing there.</summary>
    [Fact]
    public async Task Another_unit_leaders_new_hires_and_their_checklist_are_404()
    {
        var otherLeader = await TestUsers.CreateAsync(site.Services, "Leder Skole", unit: "ringvik-skole");
        await SecurityData.MakeLeaderAsync(site, otherLeader, "ringvik-skole");
        var client = await site.SignInAsync(otherLeader, TestUsers.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/velkommen/enhet?enhet=ringvik-skole")).StatusCode);
        await AssertNotFoundAsync(client, "/velkommen/enhet?enhet=hjemmetjenesten");
        var ownPage = "/velkommen/enhet?enhet=ringvik-skole";
        foreach (var handler in new[] { "Buddy", "Item", "Section", "RemoveItem&id=1", "RemoveSection&id=1" })
        {
            var response = await client.PostFormAsync($"/velkommen/enhet?enhet=hjemmetjenesten&handler={handler}",
                new() { ["Item.Title"] = "Fremmed punkt", ["Item.DueDay"] = "1", ["Section.Title"] = "Fremmed", ["Section.Body"] = "x" }, ownPage);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{handler} → {(int)response.StatusCode}");
        }
        var leaderView = await (await site.CookieClientAsync(DemoUsers.Enhetsleder)).GetStringAsync("/velkommen/enhet?enhet=hjemmetjenesten");
        Assert.DoesNotContain("Fremmed punkt", leaderView);
    }

    /// <summary>
    /// A corner post and an event taken back to draft: the page, the calendar file and the API are 404 for an employee
    /// (and the calendar for anyone), as for a slug that never existed; the editors refuse an employee alike for both.
    /// </summary>
    [Fact]
    public async Task A_corner_draft_and_an_unpublished_event_are_404()
    {
        var (corner, cornerId, _) = await SecurityData.CornerNoteAsync(site, "Utkast " + Guid.NewGuid().ToString("N")[..6], "Ikke klart ennå.");
        var organiser = await site.CookieClientAsync(DemoUsers.Kommunikasjon);
        var starts = DateTime.UtcNow.AddDays(20);
        var created = await organiser.PostFormAsync("/arrangementer/ny", new()
        {
            ["Title"] = "Skjult arrangement " + Guid.NewGuid().ToString("N")[..6], ["Summary"] = "", ["Body"] = "Kommer.", ["Place"] = "Rådhuset",
            ["StartsAt"] = starts.ToString("yyyy-MM-ddTHH:mm"), ["EndsAt"] = starts.AddHours(1).ToString("yyyy-MM-ddTHH:mm"), ["Capacity"] = "", ["SignupOpen"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var evt = created.Headers.Location!.OriginalString;
        var eventId = await SecurityData.ArticleIdAsync(site, Intranet.Core.Models.ArticleKinds.Event, evt.Split('/')[^1]);
        var employee = await site.CookieClientAsync(DemoUsers.Ansatt);
        var employeeToken = await site.TokenClientAsync(DemoUsers.Ansatt);
        // Visible while published, so the 404s below are the hiding and not the routes' only answer.
        foreach (var url in new[] { corner, evt, evt + "/kalender.ics" })
            Assert.Equal(HttpStatusCode.OK, (await employee.GetAsync(url)).StatusCode);

        await SecurityData.UnpublishAsync(site, cornerId);
        await SecurityData.UnpublishAsync(site, eventId);
        foreach (var url in new[] { corner, evt, evt + "/kalender.ics" })
        {
            await AssertNotFoundAsync(employee, url);
            await AssertNotFoundAsync(employeeToken, url);
        }
        await AssertNotFoundAsync(site.Anonymous(), evt + "/kalender.ics");
        await AssertNotFoundAsync(employeeToken, $"/api/articles/{cornerId}");
        await AssertNotFoundAsync(employeeToken, $"/api/articles/{eventId}");
        await AssertSameAnswerAsync(employee, corner + "/rediger", "/hjornet/finnes-ikke-987654/rediger");
        await AssertSameAnswerAsync(employee, $"/arrangementer/{eventId}/rediger", "/arrangementer/987654/rediger");
        // The chief executive still edits the draft.
        Assert.Equal(HttpStatusCode.OK, (await (await site.CookieClientAsync(DemoUsers.Kommunedirektor)).GetAsync(corner + "/rediger")).StatusCode);
    }

    /// <summary>Revoking is by id: someone else's personal token and an access code of another unit's member are 404 and stay as they were.</summary>
    [Fact]
    public async Task Another_persons_token_and_another_units_access_code_cannot_be_revoked()
    {
        var owner = await TestUsers.CreateAsync(site.Services, "Token Eier");
        var ownerClient = await site.SignInAsync(owner, TestUsers.Password);
        var name = "Mitt token " + Guid.NewGuid().ToString("N")[..6];
        Assert.Equal(HttpStatusCode.OK, (await ownerClient.PostFormAsync("/profil/tokens", new() { ["Name"] = name, ["Access"] = "read", ["Days"] = "90" })).StatusCode);
        var tokenId = await SecurityData.TokenIdAsync(site, name);
        var other = await site.CookieClientAsync(DemoUsers.Ansatt);
        foreach (var id in new[] { tokenId, 987654 })
        {
            var refused = await other.PostFormAsync("/profil/tokens?handler=Revoke", new() { ["tokenId"] = id.ToString() }, "/profil/tokens");
            Assert.True(refused.StatusCode == HttpStatusCode.NotFound, $"token {id} → {(int)refused.StatusCode}");
        }
        Assert.False(await SecurityData.TokenRevokedAsync(site, tokenId));
        Assert.Equal(HttpStatusCode.Redirect, (await ownerClient.PostFormAsync("/profil/tokens?handler=Revoke", new() { ["tokenId"] = tokenId.ToString() }, "/profil/tokens")).StatusCode);
        Assert.True(await SecurityData.TokenRevokedAsync(site, tokenId));

        // Codes are for staff without an account of their own: the leader adds the person, which issues the code.
        var member = "kodemottaker" + Guid.NewGuid().ToString("N")[..6];
        var leader = await site.CookieClientAsync(DemoUsers.Enhetsleder);
        const string ownUnit = "/enhet/tilgangskoder?enhet=hjemmetjenesten";
        var issued = await leader.PostFormAsync(ownUnit + "&handler=Create", new() { ["NewDisplayName"] = "Kode Mottaker", ["NewUserName"] = member }, ownUnit);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var codeId = (await SecurityData.PendingCodeIdAsync(site, member))!.Value;
        var otherLeaderName = await TestUsers.CreateAsync(site.Services, "Leder Skolen", Intranet.Core.Security.Roles.Enhetsleder, "ringvik-skole");
        await SecurityData.MakeLeaderAsync(site, otherLeaderName, "ringvik-skole");
        var otherLeader = await site.SignInAsync(otherLeaderName, TestUsers.Password);
        const string otherUnit = "/enhet/tilgangskoder?enhet=ringvik-skole";
        Assert.Equal(HttpStatusCode.OK, (await otherLeader.GetAsync(otherUnit)).StatusCode);
        foreach (var url in new[] { otherUnit + "&handler=Revoke", ownUnit + "&handler=Revoke", "/enhet/tilgangskoder?handler=Revoke" })
        {
            var refused = await otherLeader.PostFormAsync(url, new() { ["codeId"] = codeId.ToString() }, otherUnit);
            Assert.True(refused.StatusCode == HttpStatusCode.NotFound, $"{url} → {(int)refused.StatusCode}");
        }
        Assert.NotNull(await SecurityData.PendingCodeIdAsync(site, member));
        Assert.Equal(HttpStatusCode.Redirect, (await leader.PostFormAsync(ownUnit + "&handler=Revoke", new() { ["codeId"] = codeId.ToString() }, ownUnit)).StatusCode);
        Assert.Null(await SecurityData.PendingCodeIdAsync(site, member));
    }

    /// <summary>
    /// Every GET route with an id or slug (from the endpoint catalogue), asked for a target that does not exist by an
    /// employee: 404, or the page's own permission refusal (403 / sign-in redirect), never 200 and never a 500.
    /// </summary>
    [Fact]
    public async Task Every_route_with_an_id_or_slug_answers_404_for_a_missing_target()
    {
        var client = await site.CookieClientAsync(DemoUsers.Ansatt);
        var routes = EndpointCatalogue.RouteEndpoints(site.Services)
            .Where(e => e.RoutePattern.Parameters.Any(p => p.Name is "id" or "slug"))
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") ?? true)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).Distinct().ToList();
        Assert.True(routes.Count >= 15, $"only {routes.Count} routes with an id or slug");
        var wrong = new List<string>();
        foreach (var route in routes)
        {
            var url = EndpointCatalogue.Fill(route, new Dictionary<string, string> { ["id"] = "987654", ["slug"] = "finnes-ikke-987654" });
            var response = await client.GetAsync(url);
            var status = (int)response.StatusCode;
            // A page the employee may not use at all sends them to sign-in or the access-denied page, whatever the id.
            var target = response.Headers.Location is { } l ? new Uri(new Uri(site.BaseUrl), l) : null;
            var refusedByPermission = status == 403 || (status == 302 && target!.Authority == new Uri(site.BaseUrl).Authority
                && target.AbsolutePath != url.Split('?')[0]);
            if (status != 404 && !refusedByPermission) wrong.Add($"{url} → {status} {response.Headers.Location}");
        }
        Assert.Empty(wrong);
    }

    private async Task<(int Id, string Slug)> StoryAsync(bool submit)
    {
        var json = await site.PostJsonOkAsync(DemoUsers.Ansatt, "/api/stories", new
        {
            title = "Privat historie " + Guid.NewGuid().ToString("N")[..6], body = "Ikke for andre.", audience = "internal",
            values = new[] { "tydelig" }, submit,
        });
        var id = json.GetProperty("id").GetInt32();
        var article = JsonSerializer.Deserialize<JsonElement>(await (await site.TokenClientAsync(DemoUsers.Ansatt)).GetStringAsync($"/api/articles/{id}"));
        return (id, article.GetProperty("slug").GetString()!);
    }

    /// <summary>An existing hidden target and a missing one get the same status and the same redirect, so neither tells what exists.</summary>
    private async Task AssertSameAnswerAsync(HttpClient client, string hidden, string missing)
    {
        var a = await client.GetAsync(hidden);
        var b = await client.GetAsync(missing);
        string? Path(HttpResponseMessage r) => r.Headers.Location is { } l ? new Uri(new Uri(site.BaseUrl), l).AbsolutePath : null;
        Assert.True(a.StatusCode == b.StatusCode && Path(a) == Path(b),
            $"{hidden} → {(int)a.StatusCode} {a.Headers.Location}; {missing} → {(int)b.StatusCode} {b.Headers.Location}");
        Assert.True(a.StatusCode == HttpStatusCode.NotFound || a.StatusCode == HttpStatusCode.Forbidden || Path(a) == "/feil/403",
            $"{hidden} → {(int)a.StatusCode} {a.Headers.Location}");
    }

    private static async Task AssertNotFoundAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} → {(int)response.StatusCode}");
    }
}

[Collection(SecurityCollection.Name)]
public sealed class HiddenTargetTestsSqlite(SqliteSecuritySite site) : HiddenTargetTests(site);

[Collection(PostgresSecurityCollection.Name)]
public sealed class HiddenTargetTestsPostgres(PostgresSecuritySite site) : HiddenTargetTests(site);
