namespace Intranet.Bench.Search;

/// <summary>
/// The corpus vocabulary: function words, general kommune words, topic words with generated compounds and
/// inflections, and names and places. Several thousand distinct words, so a query matches a realistic share of
/// the documents instead of nearly all of them.
/// </summary>
internal static class Vocabulary
{
    public static readonly string[] FunctionWords =
        "og i på med for til av som er det en et har vi skal kan vil ikke også fra når etter at de den om så men eller ved blir ble over under alle våre nye".Split(' ');

    public static readonly string[] General =
        ("kommunen kommune ansatte ansatt medarbeidere innbyggere tjeneste tjenester vedtak plan planen møte møtet rutiner " +
         "kvalitet avvik rapport prosjekt digitalisering opplæring kurs ledelse leder enhet sektor samarbeid trivsel " +
         "arbeidsmiljø verneombud tillitsvalgt lønn ferie budsjett økonomi kommunedirektøren kommunestyret formannskapet " +
         "politikerne høring informasjon nettside intranett rutine ansvar oppfølging tiltak mål resultat strategi " +
         "årsmelding handlingsplan internkontroll personvern sikkerhet beredskap frist søknad skjema kontakt telefon " +
         "e-post uke måned år dag morgen kveld helg vår sommer høst vinter januar februar mars april mai juni august " +
         "september oktober november desember nytt viktig informasjon påminnelse endring status arbeid gruppe").Split(' ');

    /// <summary>Topics with their stems; an article draws most of its content words from one topic.</summary>
    public static readonly string[][] Topics =
    [
        "barnehage barn foreldre oppvekst småbarn lek pedagog opptak plass språk".Split(' '),
        "skole elever lærer undervisning klasse rektor ungdomsskole barneskole eksamen leksehjelp".Split(' '),
        "helse omsorg pasient legevakt fastlege vaksine smittevern sykehjem psykisk rus".Split(' '),
        "hjemmetjenesten hjemmesykepleie bruker brukere turnus vakt vaktene bemanning praktisk bistand".Split(' '),
        "sykefravær nærvær permisjon arbeidstid overtid rekruttering stilling ansettelse introduksjon pensjon".Split(' '),
        "vei vann avløp renovasjon brøyting gatelys kommunalteknikk ledning kum asfalt".Split(' '),
        "byggesak reguleringsplan eiendom tomt dispensasjon kart oppmåling ferdigattest tegning nabovarsel".Split(' '),
        "kultur idrett bibliotek kulturskole frivillighet arrangement konsert festival ungdomshus museum".Split(' '),
        "barnevern familie fosterhjem tiltak melding undersøkelse ettervern samvær veiledning hjelpetiltak".Split(' '),
        "nav flyktninger bosetting introduksjonsprogram integrering tolk norskopplæring sosialhjelp bolig kvalifisering".Split(' '),
        "regnskap innkjøp faktura anskaffelse avtale leverandør skatt gebyr eiendomsskatt økonomirapport".Split(' '),
        "datasystem brukerstøtte passord nettverk skytjeneste programvare lisens pc mobil teams".Split(' '),
    ];

    public static readonly string[] CompoundTails =
        "ansatte leder plan tilbud møte rapport område avdeling gruppe ordning kontor rutine tjeneste prosjekt kurs".Split(' ');

    public static readonly string[] Names =
        ("Kari Ola Per Anne Ingrid Lars Nils Marit Silje Jonas Emma Nora Sofie Henrik Magnus Sigrid Astrid Jon Eirik Hilde " +
         "Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Berg Haugen Hagen Bakken " +
         "Hønefoss Ringerike Hole Sokna Tyristrand Nes Vik Ask Haug Heradsbygda Veme Åsbygda Hallingby Sundvollen " +
         "Tanberg Helgelandsmoen Kilemoen Hvalsmoen Norderhov Vang Ådal Krødsherad Modum Jevnaker Lunner").Split(' ');

    /// <summary>Common bokmål → nynorsk replacements, applied word by word to about one article in six.</summary>
    public static readonly Dictionary<string, string> Nynorsk = new(StringComparer.Ordinal)
    {
        ["ikke"] = "ikkje", ["en"] = "ein", ["et"] = "eit", ["fra"] = "frå", ["ansatte"] = "tilsette", ["ansatt"] = "tilsett",
        ["skole"] = "skule", ["elever"] = "elevar", ["lærer"] = "lærar", ["sykefravær"] = "sjukefråvær", ["leder"] = "leiar",
        ["enhet"] = "eining", ["innbyggere"] = "innbyggjarar", ["hjemmetjenesten"] = "heimetenesta", ["sykehjem"] = "sjukeheim",
        ["bruker"] = "brukar", ["brukere"] = "brukarar", ["tjeneste"] = "teneste", ["tjenester"] = "tenester", ["lønn"] = "løn",
        ["rutiner"] = "rutinar", ["medarbeidere"] = "medarbeidarar", ["også"] = "òg", ["når"] = "når", ["våre"] = "våre",
        ["de"] = "dei", ["nye"] = "nye", ["ble"] = "vart", ["blir"] = "blir", ["om"] = "om", ["uke"] = "veke",
    };

    public static readonly string[] Phrases = ["helse og omsorg", "psykisk helse", "tydelig ærlig løsningsvillig", "kommunestyret vedtok"];

    /// <summary>A topic's words: its stems, their inflections and compounds with the common tails.</summary>
    public static string[] TopicWords(string[] stems)
    {
        var words = new List<string>(stems);
        foreach (var stem in stems) words.AddRange([stem + "en", stem + "er", stem + "ene"]);
        foreach (var stem in stems)
            foreach (var tail in CompoundTails)
            {
                words.Add(stem + tail);
                words.Add(stem + tail + "ne");
            }
        return [.. words.Distinct()];
    }
}
