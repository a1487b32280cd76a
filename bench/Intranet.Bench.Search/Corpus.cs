using System.Text;
using Intranet.Core.Models;

namespace Intranet.Bench.Search;

/// <summary>
/// Deterministic Norwegian kommune articles: 300–1,500 words in Markdown paragraphs, one main topic each,
/// Zipf-distributed words from a vocabulary of several thousand (see <see cref="Vocabulary"/>), names and places,
/// a few fixed phrases, and about one article in six in nynorsk.
/// </summary>
internal static class Corpus
{
    private static readonly string[] Kinds = [ArticleKinds.News, ArticleKinds.Story, ArticleKinds.Corner, ArticleKinds.Page];
    private static readonly string[] ValueSlugs = ["tydelig", "aerlig", "losningsvillig"];
    private static readonly Zipf Function = new(Vocabulary.FunctionWords, 0.8);
    private static readonly Zipf General = new(Vocabulary.General);
    private static readonly Zipf Names = new(Vocabulary.Names, 0.5);
    private static readonly Zipf[] Topics = [.. Vocabulary.Topics.Select(t => new Zipf(Vocabulary.TopicWords(t), 0.9))];

    public static int DistinctWords =>
        Vocabulary.FunctionWords.Length + Vocabulary.General.Length + Vocabulary.Names.Length + Topics.Sum(t => t.Count) + Vocabulary.Nynorsk.Count;

    public static IEnumerable<Article> Generate(int count, int seed = 42)
    {
        var random = new Random(seed);
        var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 1; i <= count; i++)
        {
            var nynorsk = random.Next(6) == 0;
            var topic = random.Next(Topics.Length);
            var published = start.AddMinutes(random.Next(0, 60 * 24 * 365 * 6));
            var words = new Words(random, topic, nynorsk);
            yield return new Article
            {
                Id = i, Kind = Kinds[random.Next(Kinds.Length)], Slug = $"artikkel-{i}", Language = nynorsk ? "nn" : "nb",
                Title = words.Sentence(4 + random.Next(6), topical: true), Summary = words.Sentence(15 + random.Next(10), topical: false),
                BodyMarkdown = words.Body(300 + random.Next(1201)), AuthorId = $"u{random.Next(200)}", AuthorName = words.Name() + " " + words.Name(),
                Status = random.Next(20) == 0 ? ArticleStatus.Draft : ArticleStatus.Published, Audience = Audience.Internal,
                CreatedAt = published, PublishedAt = published, UpdatedAt = published,
                UnitId = BenchDatabase.UnitId(topic * 4 + random.Next(4)),
                Values = [.. ValueSlugs.Where(_ => random.Next(4) == 0).Select(v => new ArticleValue { ValueSlug = v })],
                Tags = [.. Enumerable.Range(0, 1 + random.Next(3)).Select(_ => new ArticleTag { Tag = Vocabulary.Topics[topic][random.Next(10)] }).DistinctBy(t => t.Tag)],
            };
        }
    }

    /// <summary>Draws the words of one article.</summary>
    private sealed class Words(Random random, int topic, bool nynorsk)
    {
        public string Name() => Names.Next(random);

        public string Sentence(int length, bool topical)
        {
            var s = new StringBuilder();
            for (var i = 0; i < length; i++)
            {
                if (i > 0) s.Append(' ');
                s.Append(topical && random.Next(2) == 0 ? Topics[topic].Next(random) : Word());
            }
            s[0] = char.ToUpperInvariant(s[0]);
            return s.ToString();
        }

        public string Body(int length)
        {
            var s = new StringBuilder(length * 9);
            for (int written = 0, paragraph = 0; written < length; paragraph++)
            {
                if (paragraph > 0 && random.Next(4) == 0) s.Append("## ").Append(Sentence(3 + random.Next(3), topical: true)).Append("\n\n");
                for (var sentence = 0; sentence < 3 + random.Next(4) && written < length; sentence++)
                {
                    var n = 6 + random.Next(12);
                    s.Append(Sentence(n, topical: false)).Append(random.Next(10) == 0 ? "? " : ". ");
                    written += n;
                }
                s.Append("\n\n");
            }
            return s.ToString().TrimEnd();
        }

        private string Word()
        {
            var roll = random.Next(100);
            var word = roll switch
            {
                < 38 => Function.Next(random),
                < 62 => General.Next(random),
                < 93 => Topics[topic].Next(random),
                < 94 => Topics[random.Next(Topics.Length)].Next(random),
                < 99 => Names.Next(random),
                _ => random.Next(20) == 0 ? Vocabulary.Phrases[random.Next(Vocabulary.Phrases.Length)] : General.Next(random),
            };
            return nynorsk && Vocabulary.Nynorsk.TryGetValue(word, out var nn) ? nn : nynorsk && word.EndsWith("ene") ? word[..^3] + "ane" : word;
        }
    }
}
