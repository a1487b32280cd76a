using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Values.Services;

/// <summary>Communications staff change a value's names, texts, icon and order; each change is audited.</summary>
public sealed class ValueEditor(IntranetDbContext db, IAuditLog audit)
{
    public const int NameMax = 100;
    public const int TextMax = 2000;

    /// <returns>False when the value does not exist.</returns>
    public async Task<bool> UpdateAsync(string slug, ValueEdit edit, Actor actor, CancellationToken ct = default)
    {
        var value = await db.OrgValues.FirstOrDefaultAsync(v => v.Slug == slug, ct);
        if (value is null) return false;
        Validate(edit);
        value.Name = edit.Name!.Trim();
        value.NameNn = string.IsNullOrWhiteSpace(edit.NameNn) ? value.Name : edit.NameNn.Trim();
        value.Description = edit.Description?.Trim() ?? "";
        value.DescriptionNn = edit.DescriptionNn?.Trim() ?? "";
        value.InPractice = edit.InPractice?.Trim() ?? "";
        value.InPracticeNn = edit.InPracticeNn?.Trim() ?? "";
        value.Icon = edit.Icon!;
        value.SortOrder = edit.SortOrder!.Value;
        audit.Record(actor, "edit", "value", slug, $"«{value.Name}»");
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static void Validate(ValueEdit e)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(e.Name)) errors.Add("Name", "Skriv navnet på verdien.");
        else if (e.Name.Trim().Length > NameMax) errors.Add("Name", $"Navnet kan ha høyst {NameMax} tegn.");
        if (e.NameNn?.Trim().Length > NameMax) errors.Add("NameNn", $"Navnet kan ha høyst {NameMax} tegn.");
        foreach (var (field, text) in new[] { ("Description", e.Description), ("DescriptionNn", e.DescriptionNn), ("InPractice", e.InPractice), ("InPracticeNn", e.InPracticeNn) })
            if (text?.Trim().Length > TextMax) errors.Add(field, $"Teksten kan ha høyst {TextMax} tegn.");
        if (e.Icon is null || !ValueIcons.Paths.ContainsKey(e.Icon)) errors.Add("Icon", "Velg et ikon fra listen.");
        if (e.SortOrder is null or < 0 or > 1000) errors.Add("SortOrder", "Skriv et tall fra 0 til 1000.");
        errors.ThrowIfAny();
    }
}
