using Intranet.Search.Analysis;
using Xunit;

namespace Intranet.Search.Tests;

/// <summary>The Norwegian analyzer on its own: inflections of one word meet in one stem, in bokmål and nynorsk.</summary>
public sealed class AnalysisTests
{
    private readonly SearchAnalyzers _analyzers = new();

    [Theory]
    [InlineData("barnehagene", "barnehage")]
    [InlineData("barnehagane", "barnehage")]
    [InlineData("barnehagen", "barnehage")]
    [InlineData("rådmannen", "rådmann")]
    [InlineData("kommunedirektøren", "kommunedirektør")]
    [InlineData("tilsette", "tilsett")]
    [InlineData("Ærlig", "ærlig")]
    public void Inflections_share_a_stem(string inflected, string basic) =>
        Assert.Equal(_analyzers.Normalise(basic), _analyzers.Normalise(inflected));

    [Fact]
    public void Letters_aeoa_are_kept() => Assert.Equal("blåbær", _analyzers.Normalise("BLÅBÆR"));

    [Fact]
    public void Stop_words_are_dropped() => Assert.Equal("", _analyzers.Normalise("og i det som"));
}
