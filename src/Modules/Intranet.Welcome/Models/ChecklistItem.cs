namespace Intranet.Welcome.Models;

/// <summary>Something a new hire in a unit should have done, due a number of days after their start date.</summary>
public class ChecklistItem
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public string Title { get; set; } = "";
    /// <summary>The nynorsk wording, when the leader wrote one.</summary>
    public string? TitleNn { get; set; }
    public int DueDay { get; set; }
    public int SortOrder { get; set; }

    public string TitleIn(string language) => language == "nn" && !string.IsNullOrWhiteSpace(TitleNn) ? TitleNn : Title;
}
