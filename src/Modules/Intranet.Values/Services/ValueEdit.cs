namespace Intranet.Values.Services;

/// <summary>What communications staff change on a value.</summary>
public sealed class ValueEdit
{
    public string? Name { get; set; }
    public string? NameNn { get; set; }
    public string? Description { get; set; }
    public string? DescriptionNn { get; set; }
    public string? InPractice { get; set; }
    public string? InPracticeNn { get; set; }
    public string? Icon { get; set; }
    public int? SortOrder { get; set; }
}
