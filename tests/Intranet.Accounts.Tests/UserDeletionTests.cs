using System.Net;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Testing;
using Intranet.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Accounts.Tests;

/// <summary>
/// Deleting a user from /admin/brukere/{id}/slett: administrators only, with a confirmation page, antiforgery and an
/// audit entry; every row that points at the person through a foreign key (any module's) is gone afterwards, and
/// the delete never fails on one of them.
/// </summary>
public abstract class UserDeletionTests(DatabaseProvider provider) : AccountsTestBase(provider)
{
    [Fact]
    public async Task Admin_confirms_and_deletes_a_user_with_rows_in_other_modules()
    {
        var id = await UserIdAsync(DemoUsers.Nyansatt);
        await Factory.TokenClientAsync(DemoUsers.Nyansatt);
        Assert.True(await RowsPointingAtAsync(id) > 0, "the new hire should own rows in other tables before the delete");
        var admin = await Factory.SignedInClientAsync(DemoUsers.Admin);
        var confirm = await admin.TextAsync($"/admin/brukere/{id}/slett");
        Assert.Contains("Slette", confirm);
        Assert.Contains("Dette kan ikke angres.", confirm);
        Assert.Contains($"href=\"/admin/brukere/{id}/slett\"", await admin.GetStringAsync($"/admin/brukere/{id}"));

        var deleted = await admin.PostFormAsync($"/admin/brukere/{id}/slett", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("/admin/brukere?slettet=true", deleted.Headers.Location?.ToString());
        Assert.Contains("Brukeren er slettet.", await admin.TextAsync("/admin/brukere?slettet=true"));
        Assert.False(await WithDbAsync(db => db.Users.AnyAsync(u => u.Id == id)));
        Assert.Equal(0, await RowsPointingAtAsync(id));
        var audit = await WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityType == "user" && a.EntityId == id));
        Assert.Equal("delete", audit.Action);
        Assert.Equal(DemoUsers.Admin, audit.UserName);
        Assert.Contains(DemoUsers.Nyansatt, audit.Details);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/brukere/{id}/slett")).StatusCode);
    }

    [Fact]
    public async Task Employees_cannot_delete_and_a_post_without_antiforgery_is_refused()
    {
        var id = await UserIdAsync(DemoUsers.Nyansatt);
        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        AssertRefused(await ansatt.GetAsync($"/admin/brukere/{id}/slett"));
        AssertRefused(await ansatt.PostAsync($"/admin/brukere/{id}/slett", new FormUrlEncodedContent([])));
        var admin = await Factory.SignedInClientAsync(DemoUsers.Admin);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync($"/admin/brukere/{id}/slett", new FormUrlEncodedContent([]))).StatusCode);
        Assert.True(await WithDbAsync(db => db.Users.AnyAsync(u => u.Id == id)));
    }

    [Fact]
    public async Task Admin_cannot_delete_themself()
    {
        var id = await UserIdAsync(DemoUsers.Admin);
        var admin = await Factory.SignedInClientAsync(DemoUsers.Admin);
        var response = await admin.PostFormAsync($"/admin/brukere/{id}/slett", []);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Du kan ikke slette din egen bruker.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.True(await WithDbAsync(db => db.Users.AnyAsync(u => u.Id == id)));
    }

    /// <summary>
    /// Not only foreign keys: no text column of any table (found in the EF model, so new modules are covered) holds the
    /// deleted person's id or name afterwards — comments and reactions without a foreign key included — except the
    /// audit entry of the deletion itself. What they wrote on a news item stays, as "Tidligere ansatt", in nb and nn.
    /// </summary>
    [Fact]
    public async Task No_text_column_keeps_the_deleted_persons_id_or_name_and_their_news_comment_shows_former_employee()
    {
        var id = await UserIdAsync(DemoUsers.Nyansatt);
        var name = await WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.DisplayName).SingleAsync());
        const string url = "/nyheter/velkommen-til-det-nye-intranettet"; // a demo news item for everyone
        var nyansatt = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        Assert.Equal(HttpStatusCode.Redirect, (await nyansatt.PostFormAsync(url + "?handler=Comment", new() { ["Comment"] = "Takk for oppdateringen!" }, url)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await nyansatt.PostFormAsync(url + "?handler=React", new() { ["kind"] = "nyttig" }, url)).StatusCode);
        Assert.True(await CellsHoldingAsync(id, name) > 0, "the new hire's id and name should be in some rows before the delete");

        var admin = await Factory.SignedInClientAsync(DemoUsers.Admin);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/brukere/{id}/slett", [])).StatusCode);

        Assert.Equal(0, await CellsHoldingAsync(id, name));
        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var page = await ansatt.TextAsync(url + "?culture=nb");
        Assert.Contains("Takk for oppdateringen!", page);
        Assert.Contains("Tidligere ansatt,", page);
        Assert.DoesNotContain(name, page);
        Assert.Contains("Tidlegare tilsett,", await ansatt.TextAsync(url + "?culture=nn"));
    }

    /// <summary>Cells of every text column equal to the id or the name, outside the audit log.</summary>
    private Task<int> CellsHoldingAsync(string userId, string name) => WithDbAsync(async db =>
    {
        var total = 0;
        foreach (var entity in db.Model.GetEntityTypes().Where(e => !e.IsOwned() && e.GetTableName() is not null && e.ClrType != typeof(AuditEntry)))
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(string)))
            {
                if (property.GetColumnName(table) is not { } column) continue;
                var sql = $"SELECT COUNT(*) AS \"Value\" FROM \"{table.Name}\" WHERE \"{column}\" = {{0}} OR \"{column}\" = {{1}}";
                total += await db.Database.SqlQueryRaw<int>(sql, userId, name).SingleAsync();
            }
        }
        return total;
    });

    private Task<string> UserIdAsync(string username) =>
        WithDbAsync(db => db.Users.Where(u => u.UserName == username).Select(u => u.Id).SingleAsync());

    /// <summary>Rows in every table with a foreign key to the user (found in the EF model, so new modules are covered).</summary>
    private Task<int> RowsPointingAtAsync(string userId) => WithDbAsync(async db =>
    {
        var total = 0;
        foreach (var fk in db.Model.GetEntityTypes().SelectMany(e => e.GetForeignKeys())
                     .Where(f => f.PrincipalEntityType.ClrType == typeof(IntranetUser) && !f.DeclaringEntityType.IsOwned()))
        {
            var table = StoreObjectIdentifier.Table(fk.DeclaringEntityType.GetTableName()!, fk.DeclaringEntityType.GetSchema());
            var column = fk.Properties.Single().GetColumnName(table)!;
            var sql = $"SELECT COUNT(*) AS \"Value\" FROM \"{table.Name}\" WHERE \"{column}\" = {{0}}";
            total += await db.Database.SqlQueryRaw<int>(sql, userId).SingleAsync();
        }
        return total;
    });

    private async Task<T> WithDbAsync<T>(Func<IntranetDbContext, Task<T>> work)
    {
        using var scope = Factory.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<IntranetDbContext>());
    }
}

public sealed class UserDeletionTestsSqlite() : UserDeletionTests(DatabaseProvider.Sqlite);

public sealed class UserDeletionTestsPostgres() : UserDeletionTests(DatabaseProvider.Postgres);
