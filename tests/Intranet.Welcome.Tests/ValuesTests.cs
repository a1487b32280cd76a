using System.Net;
using System.Text.RegularExpressions;
using Intranet.Core.Recipes;
using Intranet.Testing;
using Intranet.Values.Services;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Welcome.Tests;

/// <summary>The values hub, a value's page with its stories and counts per sector, and editing the values.</summary>
public abstract partial class ValuesTests(HostFixture host)
{
    private IntranetFactory Factory => host.Factory;

    [Fact]
    public async Task The_losningsvillig_page_lists_its_demo_stories_and_counts_per_sector()
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var html = TestData.Text(await client.GetStringAsync("/verdier/losningsvillig"));
        Assert.Contains("<h1", html);
        Assert.Contains("Løsningsvillig", html);
        Assert.Contains("Vi leter etter muligheter", html);
        Assert.Contains("Middag sammen på omsorgssenteret", html);
        Assert.Contains("Leseløftet på mellomtrinnet", html);
        Assert.Contains("Sykefraværet ned i hjemmetjenesten", html);
        Assert.DoesNotContain("Lekkasjen som ble funnet på tre timer", html); // tydelig and ærlig only
        // Stories and news showing løsningsvillig in the demo: 6 in helse og omsorg (5 stories + 1 news), 3 in oppvekst og kultur, 2 in teknisk og miljø.
        Assert.Equal(6, SectorCount(html, "helse-og-omsorg"));
        Assert.Equal(3, SectorCount(html, "oppvekst-og-kultur"));
        Assert.Equal(2, SectorCount(html, "teknisk-og-miljo"));
        Assert.Contains("value-badge--losningsvillig", html);
    }

    [Fact]
    public async Task The_hub_lists_the_values_and_nynorsk_readers_get_nynorsk_texts()
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var nb = TestData.Text(await client.GetStringAsync("/verdier"));
        Assert.True(nb.IndexOf(">Tydelig<", StringComparison.Ordinal) < nb.IndexOf(">Løsningsvillig<", StringComparison.Ordinal));
        Assert.Contains("Vi sier det vi mener", nb);
        var nn = TestData.Text(await client.GetStringAsync("/verdier/losningsvillig?culture=nn"));
        Assert.Contains("Løysingsvillig", nn);
        Assert.Contains("Vi leitar etter moglegheiter", nn);
        Assert.Contains("Slik gjer vi det i praksis", nn);
    }

    [Fact]
    public async Task An_unknown_value_is_404_and_anonymous_readers_must_sign_in()
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/verdier/finnes-ikke")).StatusCode);
        var anonymous = Factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await anonymous.GetAsync("/verdier");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/logg-inn", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task Communications_edit_a_value_and_a_bad_edit_keeps_what_was_typed()
    {
        var staff = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var fields = new Dictionary<string, string>
        {
            ["Edit.Name"] = "Ærlig", ["Edit.NameNn"] = "Ærleg", ["Edit.Description"] = "Vi er åpne om alt – også feil.",
            ["Edit.DescriptionNn"] = "Vi er opne om alt – òg feil.", ["Edit.InPractice"] = "Vi melder avvik.", ["Edit.InPracticeNn"] = "Vi melder avvik.",
            ["Edit.Icon"] = "heart", ["Edit.SortOrder"] = "1",
        };
        Assert.Contains(ValueIcons.Paths["handshake"], await staff.GetStringAsync("/verdier/aerlig")); // the demo's icon
        var saved = await staff.PostFormAsync("/admin/verdier?slug=aerlig", new(fields), "/admin/verdier");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = TestData.Text(await staff.GetStringAsync("/verdier/aerlig"));
        Assert.Contains("Vi er åpne om alt – også feil.", page);
        Assert.Contains(ValueIcons.Paths["heart"], page);
        Assert.DoesNotContain(ValueIcons.Paths["handshake"], page);

        fields["Edit.Name"] = " ";
        fields["Edit.Description"] = "Skrevet før feilen";
        var bad = await staff.PostFormAsync("/admin/verdier?slug=aerlig", new(fields), "/admin/verdier");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = TestData.Text(await bad.Content.ReadAsStringAsync());
        Assert.Contains("Skriv navnet på verdien.", html);
        Assert.Contains("Skrevet før feilen", html);
        Assert.Contains("Vi er opne om alt – òg feil.", TestData.Text(await staff.GetStringAsync("/verdier/aerlig?culture=nn")));

        var employee = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var refused = await employee.GetAsync("/admin/verdier");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    [Fact]
    public async Task Importing_the_demo_recipe_again_changes_nothing()
    {
        var json = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "content-recipes", "demo.recipe.json"));
        using var scope = Factory.Services.CreateScope();
        var runner = scope.ServiceProvider.GetRequiredService<RecipeRunner>();
        // Other facts change data (ticks, sign-ups, an edited value); the recipe's own rows must still settle.
        var first = await runner.ImportAsync(json, isDevelopment: true);
        Assert.Equal(0, await runner.ImportAsync(json, isDevelopment: true));
        Assert.True(first >= 0);
    }

    private static int SectorCount(string html, string sector)
    {
        var m = Regex.Match(html, $"<tr data-sector=\"{sector}\"><td>[^<]*</td><td>(\\d+)</td></tr>");
        Assert.True(m.Success, $"no row for {sector}");
        return int.Parse(m.Groups[1].Value);
    }
}

public sealed class ValuesTestsSqlite(SqliteHost host) : ValuesTests(host), IClassFixture<SqliteHost>;

public sealed class ValuesTestsPostgres(PostgresHost host) : ValuesTests(host), IClassFixture<PostgresHost>;
