using Intranet.Accounts.Models;
using Intranet.Core.Data;
using Intranet.Core.Security;
using Intranet.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Accounts.Services;

/// <summary>Checks an admin's user form before anything is saved; messages are keyed by form field.</summary>
public sealed class UserFormValidator(IntranetDbContext db)
{
    public async Task ValidateAsync(UserForm form, bool isNew, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (isNew && string.IsNullOrWhiteSpace(form.UserName)) errors.Add("UserName", "Skriv et brukernavn.");
        else if (isNew && form.UserName!.Trim().Length > 64) errors.Add("UserName", "Brukernavnet kan ha høyst 64 tegn.");
        if (string.IsNullOrWhiteSpace(form.DisplayName)) errors.Add("DisplayName", "Skriv navnet.");
        else if (form.DisplayName.Trim().Length > 200) errors.Add("DisplayName", "Navnet kan ha høyst 200 tegn.");
        if (form.Roles.Count == 0) errors.Add("Roles", "Velg minst én rolle.");
        // A blank entry (only a forged post sends one) is no role either, and Identity would throw on it.
        else if (form.Roles.Any(string.IsNullOrWhiteSpace)) errors.Add("Roles", "Velg rollene fra listen.");
        else if (form.Roles.FirstOrDefault(r => !Roles.All.Contains(r)) is { } unknown) errors.Add("Roles", $"«{unknown}» er ikke en rolle.");
        if (isNew && string.IsNullOrEmpty(form.Password)) errors.Add("Password", "Skriv et startpassord.");
        else if (isNew && form.Password!.Length > 512) errors.Add("Password", "Passordet er for langt.");
        var unitIds = form.Leads.Append(form.UnitId ?? 0).Where(id => id != 0).Distinct().ToList();
        var known = await db.Units.CountAsync(u => unitIds.Contains(u.Id), ct);
        if (known != unitIds.Count) errors.Add(form.UnitId is int id && !await db.Units.AnyAsync(u => u.Id == id, ct) ? "UnitId" : "Leads", "Enheten finnes ikke.");
        errors.ThrowIfAny();
    }
}
