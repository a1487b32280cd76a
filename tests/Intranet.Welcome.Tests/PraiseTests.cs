using System.Net;
using Intranet.Core.Data;
using Intranet.Testing;
using Intranet.Values.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Welcome.Tests;

/// <summary>
/// Verdiroser: given through the form, shown on the value's page at once, on the unit's page only once accepted,
/// never when declined or hidden; withdrawn by the sender only, hidden by communications only.
/// </summary>
public abstract class PraiseTests(HostFixture host)
{
    private IntranetFactory Factory => host.Factory;
    private const string Form = "/verdier/roser/ny";
    private const string Unit = "/enheter/hjemmetjenesten";

    [Fact]
    public async Task Praise_shows_on_the_value_page_and_on_the_unit_page_only_after_the_recipient_accepts()
    {
        var sender = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var message = await GiveAsync(sender, DemoUsers.Nyansatt, "tydelig");
        Assert.Contains(message, await PageAsync(sender, "/verdier/tydelig"));
        Assert.DoesNotContain(message, await PageAsync(sender, Unit));

        var recipient = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        Assert.Contains("Kari Solberg har gitt deg en verdirose", await PageAsync(recipient, "/varsler"), StringComparison.OrdinalIgnoreCase);
        var id = await IdOfAsync(message);
        Assert.Contains($"id=\"rose-{id}\"", await PageAsync(recipient, "/verdier/roser/mine"));
        // Only the recipient may answer: the sender's try is 404 and changes nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await ActAsync(sender, "Accept", id)).StatusCode);
        Assert.DoesNotContain(message, await PageAsync(sender, Unit));

        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(recipient, "Accept", id)).StatusCode);
        Assert.Contains(message, await PageAsync(sender, Unit));
    }

    [Fact]
    public async Task Declined_praise_shows_nowhere()
    {
        var sender = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var message = await GiveAsync(sender, DemoUsers.Nyansatt, "aerlig");
        var recipient = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(recipient, "Decline", await IdOfAsync(message))).StatusCode);
        Assert.DoesNotContain(message, await PageAsync(sender, "/verdier/aerlig"));
        Assert.DoesNotContain(message, await PageAsync(sender, Unit));
        Assert.Equal(PraiseStatus.Declined, (await PraiseAsync(message))!.Status);
    }

    [Fact]
    public async Task A_team_praise_is_answered_by_the_units_leader_not_by_its_employees()
    {
        var sender = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var message = await GiveAsync(sender, null, "losningsvillig", team: "hjemmetjenesten");
        var id = await IdOfAsync(message);
        var employee = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        Assert.Equal(HttpStatusCode.NotFound, (await ActAsync(employee, "Accept", id)).StatusCode);
        var leader = await Factory.SignedInClientAsync(DemoUsers.Enhetsleder);
        Assert.Contains("har gitt Hjemmetjenesten en verdirose", await PageAsync(leader, "/varsler"));
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(leader, "Accept", id)).StatusCode);
        Assert.Contains(message, await PageAsync(employee, Unit));
    }

    [Fact]
    public async Task Only_the_sender_withdraws_and_withdrawn_praise_is_gone()
    {
        var sender = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var message = await GiveAsync(sender, DemoUsers.Enhetsleder, "tydelig");
        var id = await IdOfAsync(message);
        var other = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        Assert.Equal(HttpStatusCode.NotFound, (await ActAsync(other, "Withdraw", id)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(sender, "Withdraw", id)).StatusCode);
        Assert.Null(await PraiseAsync(message));
        Assert.DoesNotContain(message, await PageAsync(sender, "/verdier/tydelig"));
    }

    [Fact]
    public async Task Communications_hide_praise_and_hidden_praise_shows_nowhere()
    {
        var sender = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var message = await GiveAsync(sender, DemoUsers.Nyansatt, "losningsvillig");
        var id = await IdOfAsync(message);
        var recipient = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        await ActAsync(recipient, "Accept", id);
        Assert.Contains(message, await PageAsync(sender, Unit));

        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(sender, "Hide", id)).StatusCode);
        var staff = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        Assert.Contains("Skjul verdirosen", await PageAsync(staff, "/verdier/losningsvillig"));
        var hidden = await ActAsync(staff, "Hide", id, ("returnUrl", "/verdier/losningsvillig"));
        Assert.Equal("/verdier/losningsvillig", hidden.Headers.Location?.OriginalString);
        Assert.DoesNotContain(message, await PageAsync(sender, "/verdier/losningsvillig"));
        Assert.DoesNotContain(message, await PageAsync(sender, Unit));
        Assert.DoesNotContain(message, await PageAsync(recipient, "/verdier/roser/mine"));
        // Hidden praise cannot be accepted back onto the unit's page.
        Assert.Equal(HttpStatusCode.NotFound, (await ActAsync(recipient, "Accept", id)).StatusCode);
    }

    [Fact]
    public async Task A_bad_praise_re_shows_the_form_with_what_was_typed()
    {
        var sender = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var typed = "Takk for hjelpen " + Guid.NewGuid().ToString("N")[..6];
        var response = await sender.PostFormAsync(Form, new() { ["Input.Recipient"] = "person", ["Input.Message"] = typed });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = TestData.Text(await response.Content.ReadAsStringAsync());
        Assert.Contains("Velg en kollega fra listen.", html);
        Assert.Contains("Velg minst én verdi.", html);
        Assert.Contains(typed, html);
        Assert.Contains("error-summary", html);
        var tooLong = await sender.PostFormAsync(Form, new()
        {
            ["Input.Recipient"] = "person", ["Input.UserId"] = await UserIdAsync(DemoUsers.Ansatt),
            ["Input.Values"] = "tydelig", ["Input.Message"] = new string('x', 501),
        });
        var tooLongHtml = TestData.Text(await tooLong.Content.ReadAsStringAsync());
        Assert.Contains("Hilsenen kan ha høyst 500 tegn.", tooLongHtml);
        Assert.Contains("Du kan ikke gi en verdirose til deg selv.", tooLongHtml);
        Assert.Null(await PraiseAsync(typed));
    }

    [Fact]
    public async Task The_demo_praise_is_on_the_value_and_unit_pages_as_answered()
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var unit = await PageAsync(client, Unit);
        Assert.Contains("nøkkelboksen sviktet", unit); // accepted, to nyansatt
        Assert.Contains("tydelig informasjon til pårørende", unit); // accepted, to the team
        Assert.DoesNotContain("sa ifra om avviket", unit); // pending
        Assert.Contains("sa ifra om avviket", await PageAsync(client, "/verdier/aerlig"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/enheter/finnes-ikke")).StatusCode);
    }

    private async Task<string> GiveAsync(HttpClient client, string? to, string value, string? team = null)
    {
        var message = $"Takk for innsatsen {Guid.NewGuid():N}";
        var fields = new Dictionary<string, string> { ["Input.Values"] = value, ["Input.Message"] = message };
        if (team is null) { fields["Input.Recipient"] = "person"; fields["Input.UserId"] = await UserIdAsync(to!); }
        else { fields["Input.Recipient"] = "team"; fields["Input.Unit"] = team; }
        var response = await client.PostFormAsync(Form, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return message;
    }

    private static Task<HttpResponseMessage> ActAsync(HttpClient client, string handler, int id, params (string Key, string Value)[] extra)
    {
        var fields = new Dictionary<string, string> { ["id"] = id.ToString() };
        foreach (var (k, v) in extra) fields[k] = v;
        return client.PostFormAsync($"/verdier/roser/mine?handler={handler}", fields, Form);
    }

    private static async Task<string> PageAsync(HttpClient client, string url) => TestData.Text(await client.GetStringAsync(url));

    private Task<ValuePraise?> PraiseAsync(string message) =>
        Factory.InScopeAsync(sp => sp.GetRequiredService<IntranetDbContext>().Set<ValuePraise>().AsNoTracking().FirstOrDefaultAsync(p => p.Message == message));

    private async Task<int> IdOfAsync(string message) => (await PraiseAsync(message))!.Id;

    private Task<string> UserIdAsync(string username) =>
        Factory.InScopeAsync(sp => sp.GetRequiredService<IntranetDbContext>().Users.Where(u => u.UserName == username).Select(u => u.Id).SingleAsync());
}

public sealed class PraiseTestsSqlite(SqliteHost host) : PraiseTests(host), IClassFixture<SqliteHost>;

public sealed class PraiseTestsPostgres(PostgresHost host) : PraiseTests(host), IClassFixture<PostgresHost>;
