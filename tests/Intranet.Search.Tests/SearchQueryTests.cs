using System.Diagnostics;
using Intranet.Core.Models;
using Intranet.Testing;
using Xunit;
using static Intranet.Search.Tests.SearchTestKit;

namespace Intranet.Search.Tests;

/// <summary>Norwegian analysis, synonyms, typo help and hostile input, on a shared host.</summary>
public abstract class SearchQueryTests<THost>(THost host) : IClassFixture<THost> where THost : SearchHost
{
    private IntranetFactory Factory => host.Factory;

    [Fact]
    public async Task Inflected_forms_find_each_other_in_bokmal_and_nynorsk()
    {
        var nb = await CreateAsync(Factory, "Åpning av ny barnehage", "Kommunen åpner en ny barnehage på Hønefoss i august.");
        var nn = await CreateAsync(Factory, "Opning av barnehage i bygda", "Kommunen opnar fleire plassar, og barnehagane får nye leikeplassar.", language: "nn");
        await WaitForAsync(host.Admin, "barnehagene", nb.Id);
        await WaitForAsync(host.Admin, "barnehagene", nn.Id);
        await WaitForAsync(host.Admin, "barnehagen", nn.Id);
    }

    [Fact]
    public async Task Part_of_a_compound_finds_the_compound()
    {
        var article = await CreateAsync(Factory, "Kurs i førstehjelp", "Alle barnehageansatte får tilbud om kurs i vinter.");
        await WaitForAsync(host.Admin, "barnehage", article.Id);
    }

    [Fact]
    public async Task Old_title_finds_the_new_one_through_synonyms()
    {
        var article = await CreateAsync(Factory, "Budsjettet for neste år", "Kommunedirektøren la i dag fram forslaget til budsjett.");
        await WaitForAsync(host.Admin, "rådmannen", article.Id);
        var nynorsk = await CreateAsync(Factory, "Nytt om sjukefråvær", "Sjukefråværet blant dei tilsette gjekk ned i haust.", language: "nn");
        await WaitForAsync(host.Admin, "sykefravær", nynorsk.Id);
    }

    [Fact]
    public async Task Acronym_finds_the_spelled_out_words()
    {
        var article = await CreateAsync(Factory, "Verdiene våre i praksis", "Vi skal være tydelig ærlig løsningsvillig i møte med innbyggerne.");
        await WaitForAsync(host.Admin, "TÆL", article.Id);
    }

    [Fact]
    public async Task Misspelled_word_gets_a_suggestion_or_a_hit()
    {
        var article = await CreateAsync(Factory, "Møte med ledelsen", "Kommunedirektøren inviterer til allmøte for alle ansatte.");
        await WaitForAsync(host.Admin, "kommunedirektøren", article.Id);
        var result = await SearchAsync(host.Admin, "kommunedirketør");
        var suggestion = result.GetProperty("didYouMean").ValueKind == System.Text.Json.JsonValueKind.String
            ? result.GetProperty("didYouMean").GetString() : null;
        Assert.True(HitIds(result).Contains(article.Id) || suggestion?.StartsWith("kommunedirektør") == true, result.ToString());
    }

    [Theory]
    [InlineData("\"((")]
    [InlineData("*foo")]
    [InlineData("/[ab]*a[ab]{18}/")]
    [InlineData("AND OR NOT")]
    [InlineData("foo~2 bar^3 [a TO z] field:value")]
    [InlineData("-")]
    [InlineData("a*")]
    public async Task Hostile_input_is_answered_quickly(string query)
    {
        var watch = Stopwatch.StartNew();
        var result = await SearchAsync(host.Admin, query);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"{query} took {watch.Elapsed}");
        Assert.True(result.GetProperty("total").GetInt32() >= 0);
    }

    [Fact]
    public async Task Very_long_query_is_answered_quickly()
    {
        var query = string.Concat(Enumerable.Repeat("barnehage (\"rådmann* ", 250))[..5000];
        var watch = Stopwatch.StartNew();
        await SearchAsync(host.Admin, query);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Snippet_marks_matches_and_encodes_the_rest()
    {
        var article = await CreateAsync(Factory, "Sikkerhet i systemene", "Vi tester <script>alert(1)</script> og brannøvelse i hele huset.");
        await WaitForAsync(host.Admin, "brannøvelse", article.Id);
        var hit = (await SearchAsync(host.Admin, "brannøvelse")).GetProperty("hits").EnumerateArray().First(h => h.GetProperty("id").GetInt32() == article.Id);
        var snippet = hit.GetProperty("snippet").GetString()!;
        Assert.Contains("<mark>brannøvelse</mark>", snippet);
        Assert.DoesNotContain("<script>", snippet);
    }

    [Fact]
    public async Task Facets_filter_and_paging_report_the_true_total()
    {
        for (var i = 0; i < 3; i++) await CreateAsync(Factory, $"Kantinemeny uke {i}", "Kantinen serverer fiskesuppe på fredag.", values: ["tydelig"]);
        var story = await CreateAsync(Factory, "Kantinehistorie", "Kantinen serverer fiskesuppe hver fredag, forteller kokken.", kind: ArticleKinds.Story);
        await WaitForAsync(host.Admin, "fiskesuppe", story.Id);
        var all = await SearchAsync(host.Admin, "fiskesuppe", "&pageSize=2");
        Assert.Equal(4, all.GetProperty("total").GetInt32());
        Assert.Equal(2, all.GetProperty("hits").GetArrayLength());
        Assert.Equal(1, FacetCount(all, "kind", "story"));
        Assert.Equal(3, FacetCount(all, "value", "tydelig"));
        // CreateAsync files the articles under the author's unit: the admin works in IT (organisasjon og fellestjenester).
        Assert.Equal(4, FacetCount(all, "unit", "it"));
        Assert.Equal(4, FacetCount(all, "unit", "organisasjon-og-fellestjenester"));
        var stories = await SearchAsync(host.Admin, "fiskesuppe", "&kind=story&sort=date");
        Assert.Equal([story.Id], HitIds(stories));
    }

    [Fact]
    public async Task Suggest_returns_titles_starting_with_the_text()
    {
        var article = await CreateAsync(Factory, "Vinterdekk på tjenestebilene", "Husk å bytte dekk.");
        await WaitForAsync(host.Admin, "vinterdekk", article.Id);
        var response = await host.Admin.GetStringAsync("/api/search/suggest?q=vinterd");
        Assert.Contains("Vinterdekk på tjenestebilene", response);
    }
}

public sealed class SearchQueryTestsSqlite(SqliteSearchHost host) : SearchQueryTests<SqliteSearchHost>(host);

public sealed class SearchQueryTestsPostgres(PostgresSearchHost host) : SearchQueryTests<PostgresSearchHost>(host);
