using System.ComponentModel.DataAnnotations;
using Intranet.Core.Models;
using Intranet.Stories.Models;
using Intranet.Stories.Services;

namespace Intranet.Stories.Pages.Historier;

/// <summary>
/// The editor's fields exactly as typed, so a validation error can show them all again. Empty text stays empty text
/// (model binding would otherwise make it null, and the form would fail to render instead of showing the message).
/// </summary>
public sealed class StoryForm
{
    public int? Id { get; set; }
    [DisplayFormat(ConvertEmptyStringToNull = false)] public string Title { get; set; } = "";
    [DisplayFormat(ConvertEmptyStringToNull = false)] public string Body { get; set; } = "";
    public int? UnitId { get; set; }
    public List<string> Values { get; set; } = [];
    [DisplayFormat(ConvertEmptyStringToNull = false)] public string Audience { get; set; } = "internal";
    public bool NamesPeople { get; set; }
    public string? ConsentStatement { get; set; }
    public DateTime? ConsentObtainedAt { get; set; }
    /// <summary>The anonymisation checklist (guidance only, kept so nothing ticked is lost on an error).</summary>
    public List<string> Checklist { get; set; } = [];
    public string? ImageIds { get; set; }

    public bool IsPublic => Audience == "public";

    public StoryInput ToInput() => new()
    {
        Title = Title ?? "",
        Body = Body ?? "",
        UnitId = UnitId,
        Values = Values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct().ToList(),
        Audience = IsPublic ? Core.Models.Audience.Public : Core.Models.Audience.Internal,
        NamesPeople = NamesPeople,
        ConsentStatement = ConsentStatement,
        ConsentObtainedAt = ConsentObtainedAt is { } d ? StoryText.FromNorwegianLocal(d.Date) : null,
        ImageIds = (ImageIds ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
    };

    public static StoryForm From(Article story, StoryDetails details) => new()
    {
        Id = story.Id,
        Title = story.Title,
        Body = story.BodyMarkdown,
        UnitId = story.UnitId,
        Values = story.Values.Select(v => v.ValueSlug).ToList(),
        Audience = story.Audience == Core.Models.Audience.Public ? "public" : "internal",
        NamesPeople = details.NamesPeople,
        ConsentStatement = details.ConsentStatement,
        ConsentObtainedAt = details.ConsentObtainedAt?.UtcDateTime.Date,
        ImageIds = details.ImageIds,
    };
}
