namespace Intranet.Search.Models;

/// <summary>The synonym and acronym list a new installation starts with (bokmål and nynorsk forms, old and new titles).</summary>
public static class SeedSynonyms
{
    public static readonly string[] Groups =
    [
        "rådmann, kommunedirektør",
        "tilsett, ansatt",
        "sjukefråvær, sykefravær",
        "sjukeheim, sykehjem",
        "TÆL, tydelig ærlig løsningsvillig",
        "PLO, pleie og omsorg",
        "BPA, brukerstyrt personlig assistanse",
        "NAV, arbeids- og velferdsforvaltningen",
        "HMS, helse miljø og sikkerhet",
        "AMU, arbeidsmiljøutvalg",
        "IKT, IT, data",
        "SFO, skolefritidsordning",
    ];
}
