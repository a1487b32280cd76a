using Intranet.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Xunit;

namespace Intranet.Search.Tests;

/// <summary>The loop tokenizer must give exactly Lucene's StandardTokenizer tokens (terms, offsets, positions).</summary>
public sealed class LatinWordTokenizerTests
{
    [Theory]
    [InlineData("Barnehageansatte får ny turnus i Bærum og Ås.")]
    [InlineData("e-post til post@kommune.no er 12.5 % raskere, 1,5 mill. kr; 1.000.000 og 3a, v.2 og a.b.c. og a..b")]
    [InlineData("S:t Olav, l'eau, barn' og 'sitat', rock’n’roll, 10:30, kl.10, 2026-11-26, 1/2, a_b, _x_, ___, a_.b, _1")]
    [InlineData("«Solsikka» – «helse- og omsorgstjenestene» … “sitat” — • punkt · midt·prikk, ×÷ ¹²³ ½ µ ª º")]
    [InlineData("myk\u00ADbindestrek, e\u0301 og naïve café, ZWJ a\u200Db, NBSP\u00A0ord, smal\u202Fmellomrom, ‿a‿b")]
    [InlineData("Ærlig ØKONOMI Åpen ÉCOLE ŒUVRE ǅemal ȘTIINȚĂ ŁÓDŹ þorn ðing ßtraße ĳ")]
    [InlineData("")]
    [InlineData("   ... ,,, ;;; ''' ___ ")]
    [InlineData("Unicode utenfor latin: 東京 и Москва, עברית, 😀 emoji, ﬁ ligatur")]
    public void Gives_the_standard_tokenizers_tokens(string text) =>
        Assert.Equal(Tokens(new StandardTokenizer(NorwegianTextAnalyzer.Version, new StringReader(text)) { MaxTokenLength = 64 }),
            Tokens(new LatinWordTokenizer(new StringReader(text), 64)));

    [Fact]
    public void Skips_words_longer_than_the_limit_and_counts_their_positions()
    {
        var text = "kort " + new string('x', 70) + " ord " + new string('y', 64) + " slutt " + new string('z', 65);
        Assert.Equal(Tokens(new StandardTokenizer(NorwegianTextAnalyzer.Version, new StringReader(text)) { MaxTokenLength = 64 }),
            Tokens(new LatinWordTokenizer(new StringReader(text), 64)));
    }

    [Fact]
    public void Gives_the_standard_tokenizers_tokens_for_every_printable_latin_and_punctuation_pair()
    {
        var chars = Enumerable.Range(0x20, 0x250 - 0x20).Concat(Enumerable.Range(0x2000, 0x70)).Select(c => (char)c).ToArray();
        var text = string.Concat(chars.SelectMany(c => new[] { "a", c.ToString(), "b 1", c.ToString(), "2 ", c.ToString(), "x ", c.ToString(), " " }));
        Assert.Equal(Tokens(new StandardTokenizer(NorwegianTextAnalyzer.Version, new StringReader(text)) { MaxTokenLength = 64 }),
            Tokens(new LatinWordTokenizer(new StringReader(text), 64)));
    }

    private static List<(string, int, int, int)> Tokens(Tokenizer tokenizer)
    {
        var tokens = new List<(string, int, int, int)>();
        using (tokenizer)
        {
            var term = tokenizer.AddAttribute<ICharTermAttribute>();
            var offset = tokenizer.AddAttribute<IOffsetAttribute>();
            var position = tokenizer.AddAttribute<IPositionIncrementAttribute>();
            tokenizer.Reset();
            while (tokenizer.IncrementToken()) tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset, position.PositionIncrement));
            tokenizer.End();
            tokens.Add(("<end>", offset.StartOffset, offset.EndOffset, position.PositionIncrement));
        }
        return tokens;
    }
}
