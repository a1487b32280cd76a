using Intranet.Core.Models;

namespace Intranet.Bench.Search;

/// <summary>Deterministic Norwegian kommune articles: 300–1,500 words, about one in six in nynorsk.</summary>
internal static class Corpus
{
    private static readonly string[] Bokmal =
    ("kommunen barnehage barnehagen barnehagene skole skolen elever lærer ansatte ansatt medarbeidere sykefravær " +
     "helse omsorg hjemmetjenesten sykehjem pasient bruker brukere budsjett økonomi kommunedirektøren rådmannen " +
     "tjeneste tjenester innbyggere vedtak plan planen møte møtet turnus vakt vaktene rutiner kvalitet " +
     "avvik rapport prosjekt digitalisering opplæring kurs ledelse leder enhet sektor kultur idrett vei " +
     "vann avløp renovasjon byggesak reguleringsplan høring politikerne kommunestyret formannskapet " +
     "oppvekst barnevern nav flyktninger bolig rehabilitering legevakt fastlege vaksine smittevern " +
     "tydelig ærlig løsningsvillig samarbeid trivsel arbeidsmiljø verneombud tillitsvalgt lønn ferie " +
     "og i på med for til av som er det en et har vi skal kan vil ikke også fra når etter").Split(' ');

    private static readonly string[] Nynorsk =
    ("kommunen barnehage barnehagen barnehagane skule skulen elevar lærar tilsette tilsett sjukefråvær " +
     "helse omsorg heimetenesta sjukeheim pasient brukar brukarar budsjett økonomi kommunedirektøren " +
     "teneste tenester innbyggjarar vedtak plan møte turnus vakt rutinar kvalitet avvik rapport prosjekt " +
     "opplæring leiar eining sektor kultur samarbeid trivsel arbeidsmiljø løn ferie " +
     "og i på med for til av som er det ein eit har vi skal kan vil ikkje også frå når etter").Split(' ');

    private static readonly string[] Kinds = [ArticleKinds.News, ArticleKinds.Story, ArticleKinds.Corner, ArticleKinds.Page];

    public static IEnumerable<Article> Generate(int count, int seed = 42)
    {
        var random = new Random(seed);
        var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 1; i <= count; i++)
        {
            var nynorsk = random.Next(6) == 0;
            var words = nynorsk ? Nynorsk : Bokmal;
            var published = start.AddMinutes(random.Next(0, 60 * 24 * 365 * 6));
            yield return new Article
            {
                Id = i, Kind = Kinds[random.Next(Kinds.Length)], Slug = $"artikkel-{i}", Language = nynorsk ? "nn" : "nb",
                Title = Sentence(random, words, 4 + random.Next(6)), Summary = Sentence(random, words, 20),
                BodyMarkdown = Body(random, words, 300 + random.Next(1201)), AuthorId = $"u{random.Next(200)}", AuthorName = "Forfatter",
                Status = random.Next(20) == 0 ? ArticleStatus.Draft : ArticleStatus.Published, Audience = Audience.Internal,
                CreatedAt = published, PublishedAt = published, UpdatedAt = published,
                Unit = new Unit { Slug = $"enhet-{random.Next(40)}", ParentId = 1, Parent = new Unit { Slug = $"sektor-{random.Next(6)}" } },
            };
        }
    }

    private static string Sentence(Random random, string[] words, int length)
    {
        var s = string.Join(' ', Enumerable.Range(0, length).Select(_ => words[random.Next(words.Length)]));
        return char.ToUpperInvariant(s[0]) + s[1..];
    }

    private static string Body(Random random, string[] words, int length)
    {
        var parts = new List<string>();
        for (var written = 0; written < length; written += 12) parts.Add(Sentence(random, words, 12) + ".");
        return string.Join(' ', parts);
    }
}
