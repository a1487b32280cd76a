using System.Net;
using System.Text.RegularExpressions;
using Intranet.Core.Data;
using Intranet.Corner.Models;
using Intranet.Testing;
using Intranet.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.News.Tests;

/// <summary>
/// "Fjern vedlegg" in the corner editor: only writers may remove, the removal is audited, the bytes are deleted
/// (also when the whole post is deleted), and the removed file's address is 404 for everyone.
/// </summary>
public abstract partial class CornerAttachmentRemovalTests(CornerHost host)
{
    protected IntranetFactory Factory => host.Factory;

    [Fact]
    public async Task The_chief_executive_removes_one_attachment_in_the_editor_and_its_bytes_and_address_are_gone()
    {
        var ce = await Factory.SignedInClientAsync(DemoUsers.Kommunedirektor);
        var (url, links) = await NoteAsync(ce, ("Budsjett – utkast.pdf", MultipartCalls.Pdf("utkast")), ("Kart.pdf", MultipartCalls.Pdf("kart")));
        var (removed, kept) = (links[0], links[1]);
        var removedId = IdOf(removed);

        var editor = await ce.TextAsync(url + "/rediger");
        var form = RemoveForm().Match(editor);
        Assert.True(form.Success, "no removal form in the editor");
        Assert.Contains("name=\"__RequestVerificationToken\"", form.Value);
        Assert.Contains($"name=\"attachmentId\" value=\"{removedId:N}\"", form.Value);
        Assert.Matches("<button type=\"submit\"[^>]*>Fjern vedlegg <span class=\"visually-hidden\">Budsjett – utkast.pdf</span></button>", form.Value);
        Assert.True(await BytesExistAsync(removedId));

        var response = await ce.PostFormAsync(url + "/rediger?handler=RemoveAttachment", new() { ["attachmentId"] = removedId.ToString("N") }, url + "/rediger");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(url + "/rediger", response.Headers.Location!.OriginalString);
        var after = await ce.TextAsync(url + "/rediger");
        Assert.Contains("Vedlegget «Budsjett – utkast.pdf» er fjerna.", after); // the demo chief executive reads nynorsk
        Assert.DoesNotContain(removed, after);
        Assert.Contains(kept, after);

        var again = await ce.PostFormAsync(url + "/rediger?handler=RemoveAttachment", new() { ["attachmentId"] = removedId.ToString("N") }, url + "/rediger");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode); // a second click changes nothing

        Assert.False(await BytesExistAsync(removedId));
        Assert.True(await BytesExistAsync(IdOf(kept)));
        Assert.False(await WithDb(db => db.Set<CornerAttachment>().AnyAsync(a => a.Id == removedId)));
        var audit = await WithDb(db => db.AuditEntries.Where(e => e.Action == "detach").Select(e => e.Details).ToListAsync());
        Assert.Contains(audit, d => d.Contains("Budsjett – utkast.pdf") && d.Contains(removedId.ToString("N")));

        foreach (var user in new[] { DemoUsers.Kommunedirektor, DemoUsers.Kommunikasjon, DemoUsers.Ansatt, DemoUsers.Admin })
        {
            var client = await Factory.SignedInClientAsync(user);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(removed)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(kept)).StatusCode);
        }
        Assert.DoesNotContain(removed, await (await Factory.SignedInClientAsync(DemoUsers.Ansatt)).TextAsync(url));
    }

    [Fact]
    public async Task Only_those_who_may_edit_the_post_can_remove_and_never_without_the_antiforgery_token()
    {
        var ce = await Factory.SignedInClientAsync(DemoUsers.Kommunedirektor);
        var (url, links) = await NoteAsync(ce, ("Vern.pdf", MultipartCalls.Pdf("vern")));
        var id = IdOf(links[0]).ToString("N");
        var action = url + "/rediger?handler=RemoveAttachment";

        foreach (var user in new[] { DemoUsers.Ansatt, DemoUsers.Kommunikasjon })
        {
            var client = await Factory.SignedInClientAsync(user);
            var refused = await client.PostFormAsync(action, new() { ["attachmentId"] = id }, "/hjornet/spor");
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/feil/403", refused.Headers.Location!.OriginalString.Replace("http://localhost", ""));
        }
        var forged = await ce.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string> { ["attachmentId"] = id }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        // Through another post, or not an id at all: nothing is removed, and the editor comes back without a confirmation.
        var (otherUrl, _) = await NoteAsync(ce, ("Annet.pdf", MultipartCalls.Pdf("annet")));
        var wrongPost = await ce.PostFormAsync(otherUrl + "/rediger?handler=RemoveAttachment", new() { ["attachmentId"] = id }, otherUrl + "/rediger");
        Assert.Equal(HttpStatusCode.Redirect, wrongPost.StatusCode);
        Assert.DoesNotContain("er fjerna", await ce.TextAsync(otherUrl + "/rediger"));
        var garbage = await ce.PostFormAsync(action, new() { ["attachmentId"] = "../../etc/passwd" }, url + "/rediger");
        Assert.Equal(HttpStatusCode.Redirect, garbage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ce.PostFormAsync("/hjornet/finnes-ikke/rediger?handler=RemoveAttachment",
            new() { ["attachmentId"] = id }, url + "/rediger")).StatusCode);

        Assert.True(await BytesExistAsync(IdOf(links[0])));
        Assert.Equal(HttpStatusCode.OK, (await (await Factory.SignedInClientAsync(DemoUsers.Ansatt)).GetAsync(links[0])).StatusCode);
    }

    [Fact]
    public async Task Deleting_a_whole_post_deletes_its_attachments_bytes()
    {
        var ce = await Factory.SignedInClientAsync(DemoUsers.Kommunedirektor);
        var (url, links) = await NoteAsync(ce, ("En.pdf", MultipartCalls.Pdf("en")), ("To.pdf", MultipartCalls.Pdf("to")));
        var slug = url.Split('/')[^1];
        var articleId = await WithDb(db => db.Articles.Where(a => a.Slug == slug).Select(a => a.Id).SingleAsync());

        var admin = await Factory.SignedInClientAsync(DemoUsers.Admin);
        var deleted = await admin.PostFormAsync($"/admin/innhold/{articleId}/slett", new(), $"/admin/innhold/{articleId}/slett");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        foreach (var link in links)
        {
            Assert.False(await BytesExistAsync(IdOf(link)), link);
            Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(link)).StatusCode);
        }
        Assert.False(await WithDb(db => db.Set<CornerAttachment>().AnyAsync(a => a.ArticleId == articleId)));
    }

    private static async Task<(string Url, List<string> Links)> NoteAsync(HttpClient ce, params (string Name, byte[] Content)[] files)
    {
        var title = "Notat med vedlegg " + Guid.NewGuid().ToString("N")[..6];
        var posted = await ce.PostMultipartAsync("/hjornet/ny",
            new() { ["Title"] = title, ["Body"] = "Se vedlegg.", ["Summary"] = "", ["Language"] = "nb", ["Type"] = "notat" }, files);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var url = posted.Headers.Location!.OriginalString;
        var links = AttachmentLink().Matches(await ce.TextAsync(url)).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(files.Length, links.Count);
        return (url, links);
    }

    private static Guid IdOf(string link) => Guid.ParseExact(link[(link.LastIndexOf('/') + 1)..], "N");

    /// <summary>The stored bytes: a row on PostgreSQL, a file named by id under the data path on SQLite.</summary>
    private async Task<bool> BytesExistAsync(Guid id)
    {
        if (Factory.Provider == DatabaseProvider.Postgres)
            return await WithDb(db => db.Set<CornerAttachmentFile>().AnyAsync(f => f.AttachmentId == id));
        var folder = Path.Combine(Factory.DataPath, "corner-attachments");
        return Directory.Exists(folder) && Directory.GetFiles(folder, id.ToString("N") + ".pdf", SearchOption.AllDirectories).Length > 0;
    }

    private async Task<T> WithDb<T>(Func<IntranetDbContext, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IntranetDbContext>());
    }

    [GeneratedRegex("href=\"(/hjornet/vedlegg/[0-9a-f]{32})\"")]
    private static partial Regex AttachmentLink();

    [GeneratedRegex("<form method=\"post\" class=\"inline-form\" action=\"[^\"]*handler=RemoveAttachment\">.*?</form>", RegexOptions.Singleline)]
    private static partial Regex RemoveForm();
}

public sealed class CornerAttachmentRemovalTestsSqlite(SqliteCornerHost host) : CornerAttachmentRemovalTests(host), IClassFixture<SqliteCornerHost>;

public sealed class CornerAttachmentRemovalTestsPostgres(PostgresCornerHost host) : CornerAttachmentRemovalTests(host), IClassFixture<PostgresCornerHost>;
