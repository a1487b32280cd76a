namespace Intranet.Core.Models;

/// <summary>One of the municipality's values (the demo: Tydelig, Ærlig, Løsningsvillig).</summary>
public class OrgValue
{
    public int Id { get; set; }
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string NameNn { get; set; } = "";
    public string Description { get; set; } = "";
    public string InPractice { get; set; } = "";
    /// <summary>Nynorsk texts; empty when not written (readers of nynorsk then get the bokmål text).</summary>
    public string DescriptionNn { get; set; } = "";
    public string InPracticeNn { get; set; } = "";
    public string Icon { get; set; } = "";
    public int SortOrder { get; set; }
}
