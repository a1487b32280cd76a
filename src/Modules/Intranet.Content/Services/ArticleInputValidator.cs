using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Markdown;
using Intranet.Core.Models;
using Intranet.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Content.Services;

/// <summary>Field checks with Norwegian messages, shared by pages, API and recipes.</summary>
public sealed class ArticleInputValidator(IntranetDbContext db, IMarkdownRenderer markdown)
{
    public async Task ValidateAsync(ArticleInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (!ArticleKinds.IsKnown(input.Kind)) errors.Add("kind", $"«{input.Kind}» er ikke en kjent innholdstype.");
        if (string.IsNullOrWhiteSpace(input.Title)) errors.Add("title", "Skriv en tittel.");
        else if (input.Title.Length > 300) errors.Add("title", "Tittelen kan ha høyst 300 tegn.");
        if (input.Summary.Length > 1000) errors.Add("summary", "Ingressen kan ha høyst 1000 tegn.");
        if (input.PublishAt is { } from && input.UnpublishAt is { } to && to <= from)
            errors.Add("unpublishAt", "Avpubliseringen må komme etter publiseringen.");
        if (input.Tags.Count > 30 || input.Tags.Any(t => t.Length > 100)) errors.Add("tags", "For mange eller for lange stikkord.");
        CheckBody(input, errors);
        await CheckReferencesAsync(input, errors, ct);
        errors.ThrowIfAny();
    }

    private void CheckBody(ArticleInput input, ValidationErrors errors)
    {
        try { markdown.ToSafeHtml(input.BodyMarkdown); }
        catch (ValidationFailedException e)
        {
            foreach (var message in e.Errors.SelectMany(x => x.Value)) errors.Add("body", message);
        }
    }

    private async Task CheckReferencesAsync(ArticleInput input, ValidationErrors errors, CancellationToken ct)
    {
        if (input.UnitId is int unitId && !await db.Units.AnyAsync(u => u.Id == unitId, ct))
            errors.Add("unit", "Enheten finnes ikke.");
        if (input.Values.Count == 0) return;
        var known = await db.OrgValues.Select(v => v.Slug).ToListAsync(ct);
        foreach (var unknown in input.Values.Where(v => !known.Contains(v)))
            errors.Add("values", $"«{unknown}» er ikke en av kommunens verdier.");
    }
}
