using Intranet.Content.Services;
using Intranet.Core.Content;
using Intranet.Core.Models;
using Intranet.Core.Validation;
using System.Globalization;

namespace Intranet.Content.Pages.Admin.Content;

/// <summary>The editor's fields as typed; kept as strings where a bad value must be shown back unchanged.</summary>
public sealed class ArticleForm
{
    public string Kind { get; set; } = ArticleKinds.News;
    public string Title { get; set; } = "";
    public string? Slug { get; set; }
    public string? Summary { get; set; }
    public string? Body { get; set; }
    public string Language { get; set; } = "nb";
    public string? UnitId { get; set; }
    public string Audience { get; set; } = "internal";
    public List<string> Values { get; set; } = [];
    public string? Tags { get; set; }
    public string? PublishAt { get; set; }
    public string? UnpublishAt { get; set; }

    public static ArticleForm From(Article a) => new()
    {
        Kind = a.Kind,
        Title = a.Title,
        Slug = a.Slug,
        Summary = a.Summary,
        Body = a.BodyMarkdown,
        Language = a.Language,
        UnitId = a.UnitId?.ToString(CultureInfo.InvariantCulture),
        Audience = a.Audience == Core.Models.Audience.Public ? "public" : "internal",
        Values = a.Values.Select(v => v.ValueSlug).ToList(),
        Tags = string.Join(", ", a.Tags.Select(t => t.Tag).Order()),
        PublishAt = Dates.InputValue(a.PublishAt),
        UnpublishAt = Dates.InputValue(a.UnpublishAt),
    };

    /// <summary>The input for IArticleService; unreadable fields become field errors, never exceptions.</summary>
    public ArticleInput ToInput()
    {
        var errors = new ValidationErrors();
        var unitId = ParseUnit(errors);
        var publishAt = ParseTime(PublishAt, "publishAt", errors);
        var unpublishAt = ParseTime(UnpublishAt, "unpublishAt", errors);
        errors.ThrowIfAny();
        return Build(unitId, publishAt, unpublishAt);
    }

    private ArticleInput Build(int? unitId, DateTimeOffset? publishAt, DateTimeOffset? unpublishAt) => new()
    {
        Kind = Kind,
        Title = Title ?? "",
        Slug = string.IsNullOrWhiteSpace(Slug) ? null : Slug,
        Summary = Summary ?? "",
        BodyMarkdown = Body ?? "",
        Language = Language == "nn" ? "nn" : "nb",
        UnitId = unitId,
        Audience = Audience == "public" ? Core.Models.Audience.Public : Core.Models.Audience.Internal,
        Values = Values.Where(v => !string.IsNullOrWhiteSpace(v)).ToList(),
        Tags = (Tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        PublishAt = publishAt,
        UnpublishAt = unpublishAt,
    };

    private int? ParseUnit(ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(UnitId)) return null;
        if (int.TryParse(UnitId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return id;
        errors.Add("unit", "Velg en enhet fra listen.");
        return null;
    }

    private static DateTimeOffset? ParseTime(string? text, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        string[] formats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd"];
        if (DateTime.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            && local.Year is > 2000 and < 2200)
            return Dates.FromLocal(local);
        errors.Add(field, "Skriv tidspunktet som dato og klokkeslett, for eksempel 2026-12-01T08:00.");
        return null;
    }
}
