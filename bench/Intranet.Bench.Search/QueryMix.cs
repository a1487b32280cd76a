namespace Intranet.Bench.Search;

/// <summary>The same queries for every engine: single words, two words, phrases, and a filtered query.</summary>
internal sealed record BenchQuery(string Name, string[] Words, bool Phrase = false, string? Kind = null);

internal static class QueryMix
{
    public static readonly BenchQuery[] All =
    [
        new("ett ord", ["barnehage"]),
        new("ett ord", ["sykefravær"]),
        new("ett ord", ["legevakt"]),
        new("ett ord", ["kommunen"]),
        new("to ord", ["budsjett", "skole"]),
        new("to ord", ["turnus", "hjemmetjenesten"]),
        new("frase", ["helse", "og", "omsorg"], Phrase: true),
        new("frase", ["psykisk", "helse"], Phrase: true),
        new("filtrert", ["kvalitet"], Kind: "news"),
    ];
}
