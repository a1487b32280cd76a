using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Users;
using Intranet.Notifications.Models;
using Intranet.Stories.Models;
using Intranet.Stories.Services;
using Intranet.Testing;
using Intranet.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Stories.Tests;

/// <summary>Review round trips, notifications, re-review after publishing, versions, and deleting a user.</summary>
public abstract class StoryWorkflowTests(DatabaseProvider provider) : IDisposable
{
    protected readonly IntranetFactory Factory = new(provider);

    [Fact]
    public async Task Author_is_notified_of_each_decision_and_sees_comments_under_mine()
    {
        var ansatt = await Factory.ApiClientAsync(DemoUsers.Ansatt);
        var leader = await Factory.ApiClientAsync(DemoUsers.Enhetsleder);
        var id = await ansatt.CreateStoryAsync("Varslet forfatter");
        Assert.Equal(HttpStatusCode.OK, (await leader.ReviewAsync(id, "request-changes", "Skriv mer om hva som ble bedre.")).StatusCode);
        var mine = await ansatt.GetStringAsync("/historier/mine");
        Assert.Contains("Skriv mer om hva som ble bedre.", mine);
        Assert.Contains("Trenger endringer", mine);
        Assert.Contains("Varsler <span class=\"notification-bell__count\">(1)", await ansatt.GetStringAsync("/"));
        Assert.Contains("Varslet forfatter", await ansatt.GetStringAsync("/varsler"));

        var form = new Dictionary<string, string>
        {
            ["Form.Id"] = id.ToString(), ["Form.Title"] = "Varslet forfatter", ["Form.Body"] = "Nå med mer om hva som ble bedre.",
            ["Form.Values"] = "tydelig", ["Form.Audience"] = "internal", ["action"] = "submit",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await ansatt.PostFormAsync($"/historier/{id}/rediger", form)).StatusCode);
        Assert.Equal(ArticleStatus.Submitted, (await Factory.ArticleAsync(id)).Status);
        Assert.Equal(HttpStatusCode.OK, (await leader.ReviewAsync(id, "approve")).StatusCode);
        var notes = await Factory.WithDbAsync(db => db.Set<Notification>().Where(n => n.Title.Contains("Varslet forfatter")).ToListAsync());
        Assert.Equal(2, notes.Count);
        Assert.Single(notes, n => n.Url == "/historier/varslet-forfatter");
    }

    [Fact]
    public async Task Notifications_are_not_sent_twice_for_the_same_key_and_can_be_marked_read()
    {
        using var scope = Factory.Services.CreateScope();
        var sender = scope.ServiceProvider.GetRequiredService<Core.Notifications.INotificationSender>();
        var db = scope.ServiceProvider.GetRequiredService<IntranetDbContext>();
        var userId = await db.Users.Where(u => u.UserName == DemoUsers.Ansatt).Select(u => u.Id).SingleAsync();
        await sender.SendAsync(userId, "Hei", "/historier", "test:1");
        await sender.SendAsync(userId, "Hei igjen", "/historier", "test:1");
        Assert.Equal(1, await db.Set<Notification>().CountAsync(n => n.DedupKey == "test:1"));
        var client = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        await client.PostFormAsync("/varsler?handler=Read", [], "/varsler");
        Assert.Equal(0, await Factory.WithDbAsync(d => d.Set<Notification>().CountAsync(n => n.UserId == userId && n.ReadAt == null)));
    }

    [Fact]
    public async Task Authors_edit_of_a_published_story_keeps_a_version_and_goes_back_to_review()
    {
        var (ansatt, comms) = (await Factory.ApiClientAsync(DemoUsers.Ansatt), await Factory.ApiClientAsync(DemoUsers.Kommunikasjon));
        var story = await Factory.PublishedStoryAsync(ansatt, comms, "Første versjon", "internal");
        var form = new Dictionary<string, string>
        {
            ["Form.Id"] = story.Id.ToString(), ["Form.Title"] = "Andre versjon", ["Form.Body"] = "Endret tekst.",
            ["Form.Values"] = "tydelig", ["Form.Audience"] = "internal", ["action"] = "draft",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await ansatt.PostFormAsync($"/historier/{story.Id}/rediger", form)).StatusCode);
        var edited = await Factory.ArticleAsync(story.Id);
        Assert.Equal(ArticleStatus.Submitted, edited.Status);
        Assert.Equal("Andre versjon", edited.Title);
        Assert.True(await Factory.WithDbAsync(db => db.ArticleVersions.AnyAsync(v => v.ArticleId == story.Id && v.Title == "Første versjon")));

        await comms.ReviewAsync(story.Id, "approve");
        var versions = WebUtility.HtmlDecode(await comms.GetStringAsync($"/historier/{story.Id}/versjoner"));
        Assert.Contains("Første versjon", versions);
        var version = await Factory.WithDbAsync(db => db.ArticleVersions.Where(v => v.ArticleId == story.Id && v.Title == "Første versjon").Select(v => v.VersionNumber).FirstAsync());
        var restore = await comms.PostFormAsync($"/historier/{story.Id}/versjoner", new() { ["version"] = version.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        Assert.Equal("Første versjon", (await Factory.ArticleAsync(story.Id)).Title);
        var ansattVersions = await ansatt.GetAsync($"/historier/{story.Id}/versjoner");
        Assert.NotEqual(HttpStatusCode.OK, ansattVersions.StatusCode);
    }

    [Fact]
    public async Task Deleting_a_user_through_the_admin_page_anonymises_their_stories_by_default()
    {
        var (ansatt, comms) = (await Factory.ApiClientAsync(DemoUsers.Ansatt), await Factory.ApiClientAsync(DemoUsers.Kommunikasjon));
        var story = await Factory.PublishedStoryAsync(ansatt, comms, "Skrevet av en som slutter");
        await ansatt.PostFormAsync(story.Url + "?handler=Comment", new() { ["CommentText"] = "Min kommentar" }, story.Url);
        await ansatt.PostFormAsync(story.Url + "?handler=Applaus", [], story.Url);
        Assert.Equal("Kari Solberg", await ConsentRecordedByAsync(story.Id));
        await Factory.DeleteUserThroughAdminPageAsync(DemoUsers.Ansatt);

        var after = await Factory.ArticleAsync(story.Id);
        Assert.Null(after.AuthorId);
        Assert.Equal(FormerEmployee.Name, after.AuthorName);
        Assert.Equal(ArticleStatus.Published, after.Status);
        Assert.Equal(FormerEmployee.Name, await Factory.WithDbAsync(db => db.Set<StoryComment>().Where(c => c.ArticleId == story.Id).Select(c => c.AuthorName).SingleAsync()));
        Assert.Equal(0, await Factory.WithDbAsync(db => db.Set<StoryReaction>().CountAsync(r => r.ArticleId == story.Id)));
        Assert.Equal(FormerEmployee.Name, await ConsentRecordedByAsync(story.Id));
        Assert.False(await Factory.WithDbAsync(db => db.Set<StoryDetails>().AnyAsync(d => d.ConsentRecordedBy == "Kari Solberg")));
        var page = WebUtility.HtmlDecode(await comms.GetStringAsync(story.Url));
        Assert.Contains(FormerEmployee.Name, page);
        Assert.DoesNotContain("Kari Solberg", page);
    }

    [Fact]
    public async Task Rejecting_needs_a_reason_then_sets_rejected_and_notifies_the_author()
    {
        var (ansatt, comms) = (await Factory.ApiClientAsync(DemoUsers.Ansatt), await Factory.ApiClientAsync(DemoUsers.Kommunikasjon));
        var id = await ansatt.CreateStoryAsync("Passer ikke her");
        var noReason = await comms.ReviewAsync(id, "reject", "   ");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        var problem = await noReason.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Skriv hvorfor historien avvises.", problem.GetProperty("errors").GetProperty("comment")[0].GetString());
        var inbox = await comms.PostFormAsync("/historier/innboks", new() { ["id"] = id.ToString(), ["decision"] = "reject", ["comment"] = "" });
        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
        Assert.Contains("Skriv hvorfor historien avvises.", WebUtility.HtmlDecode(await inbox.Content.ReadAsStringAsync()));
        Assert.Equal(ArticleStatus.Submitted, (await Factory.ArticleAsync(id)).Status);

        var rejected = await comms.PostFormAsync("/historier/innboks",
            new() { ["id"] = id.ToString(), ["decision"] = "reject", ["comment"] = "Historien handler om en enkeltperson." });
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Equal(ArticleStatus.Rejected, (await Factory.ArticleAsync(id)).Status);
        var authorId = await UserIdAsync(DemoUsers.Ansatt);
        var note = await Factory.WithDbAsync(db => db.Set<Notification>().SingleAsync(n => n.UserId == authorId && n.Title.Contains("Passer ikke her")));
        Assert.Equal("Historien «Passer ikke her» ble avvist", note.Title);
        Assert.Equal("/historier/mine", note.Url);
        var mine = WebUtility.HtmlDecode(await ansatt.GetStringAsync("/historier/mine"));
        Assert.Contains("Historien handler om en enkeltperson.", mine);
        Assert.Contains("Avvist", mine);
    }

    [Fact]
    public async Task Every_step_of_the_review_is_in_the_audit_log()
    {
        var (ansatt, leader, comms) = (await Factory.ApiClientAsync(DemoUsers.Ansatt), await Factory.ApiClientAsync(DemoUsers.Enhetsleder),
            await Factory.ApiClientAsync(DemoUsers.Kommunikasjon));
        var id = await ansatt.CreateStoryAsync("Revisjonsspor");
        await leader.ReviewAsync(id, "request-changes", "Ta med hva brukeren sa.");
        var form = new Dictionary<string, string>
        {
            ["Form.Id"] = id.ToString(), ["Form.Title"] = "Revisjonsspor", ["Form.Body"] = "Brukeren sa at det ble bedre.",
            ["Form.Values"] = "tydelig", ["Form.Audience"] = "internal", ["action"] = "submit",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await ansatt.PostFormAsync($"/historier/{id}/rediger", form)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await comms.ReviewAsync(id, "approve")).StatusCode);
        var other = await ansatt.CreateStoryAsync("Revisjonsspor avvist");
        Assert.Equal(HttpStatusCode.OK, (await comms.ReviewAsync(other, "reject", "Dette er ikke en historie.")).StatusCode);

        var trail = await AuditAsync(id);
        Assert.Contains(trail, a => a is { Action: "create", UserName: DemoUsers.Ansatt } && a.Details.Contains("Submitted"));
        Assert.Contains(trail, a => a is { Action: "status", UserName: DemoUsers.Enhetsleder }
                                    && a.Details.Contains("Submitted → ChangesRequested") && a.Details.Contains("Ta med hva brukeren sa."));
        Assert.Contains(trail, a => a is { Action: "status", UserName: DemoUsers.Ansatt } && a.Details.Contains("ChangesRequested → Submitted"));
        Assert.Contains(trail, a => a is { Action: "status", UserName: DemoUsers.Kommunikasjon } && a.Details.Contains("Submitted → Published"));
        Assert.Contains(await AuditAsync(other), a => a is { Action: "status", UserName: DemoUsers.Kommunikasjon }
                                                      && a.Details.Contains("Submitted → Rejected") && a.Details.Contains("Dette er ikke en historie."));
    }

    private Task<List<AuditEntry>> AuditAsync(int id) =>
        Factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "article" && a.EntityId == id.ToString()).ToListAsync());

    private Task<string?> ConsentRecordedByAsync(int id) =>
        Factory.WithDbAsync(db => db.Set<StoryDetails>().Where(d => d.ArticleId == id).Select(d => d.ConsentRecordedBy).SingleAsync());

    private Task<string> UserIdAsync(string username) =>
        Factory.WithDbAsync(db => db.Users.Where(u => u.UserName == username).Select(u => u.Id).SingleAsync());

    public void Dispose() => Factory.Dispose();
}

public sealed class StoryWorkflowTestsSqlite() : StoryWorkflowTests(DatabaseProvider.Sqlite);

public sealed class StoryWorkflowTestsPostgres() : StoryWorkflowTests(DatabaseProvider.Postgres);

/// <summary>With <c>Intranet:Stories:OnUserDeleted = Delete</c> the stories go with the user.</summary>
public abstract class StoryDeletePolicyTests(DatabaseProvider provider) : IDisposable
{
    private readonly IntranetFactory _factory = new IntranetFactory(provider).With(StoryAuthorshipOnUserDeleted.Setting, "Delete");

    [Fact]
    public async Task Deleting_a_user_through_the_admin_page_deletes_their_stories_when_configured()
    {
        var (ansatt, comms) = (await _factory.ApiClientAsync(DemoUsers.Ansatt), await _factory.ApiClientAsync(DemoUsers.Kommunikasjon));
        var submitted = await ansatt.CreateStoryAsync("Slettes med forfatteren");
        var published = await _factory.PublishedStoryAsync(ansatt, comms, "Publisert og slettet med forfatteren");
        var authorId = await _factory.WithDbAsync(d => d.Users.Where(u => u.UserName == DemoUsers.Ansatt).Select(u => u.Id).SingleAsync());
        var others = await _factory.WithDbAsync(d => d.Articles.CountAsync(a => a.Kind == ArticleKinds.Story && (a.AuthorId == null || a.AuthorId != authorId)));
        await _factory.DeleteUserThroughAdminPageAsync(DemoUsers.Ansatt);
        foreach (var id in new[] { submitted, published.Id })
        {
            Assert.False(await _factory.WithDbAsync(d => d.Articles.AnyAsync(a => a.Id == id)));
            Assert.True(await _factory.WithDbAsync(d => d.AuditEntries.AnyAsync(a => a.Action == "delete" && a.EntityId == id.ToString())));
        }
        Assert.Equal(others, await _factory.WithDbAsync(d => d.Articles.CountAsync(a => a.Kind == ArticleKinds.Story)));
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreateClient().GetAsync(published.Url)).StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}

public sealed class StoryDeletePolicyTestsSqlite() : StoryDeletePolicyTests(DatabaseProvider.Sqlite);

public sealed class StoryDeletePolicyTestsPostgres() : StoryDeletePolicyTests(DatabaseProvider.Postgres);
