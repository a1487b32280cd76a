namespace Intranet.Search.Models;

/// <summary>
/// Words and phrases that mean the same when searching ("rådmann, kommunedirektør"; "TÆL, tydelig ærlig løsningsvillig").
/// Applied at query time, so an edit works without reindexing.
/// </summary>
public class SynonymGroup
{
    public int Id { get; set; }

    /// <summary>Comma-separated terms; each may be several words.</summary>
    public string Terms { get; set; } = "";

    public IEnumerable<string> TermList() =>
        Terms.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
