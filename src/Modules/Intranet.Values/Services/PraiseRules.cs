using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Values.Services;

/// <summary>Checks a verdirose before it is stored; every message names the form field it belongs to.</summary>
public sealed class PraiseRules(IntranetDbContext db)
{
    public const int MessageMax = 500;

    /// <summary>The checked recipient: the colleague (with their unit) or the team.</summary>
    public sealed record Recipient(IntranetUser? User, Unit? Unit);

    public async Task<Recipient> CheckAsync(PraiseInput input, string senderId, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var recipient = await RecipientAsync(input, senderId, errors, ct);
        var values = input.Values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct().ToList();
        if (values.Count == 0) errors.Add("Values", "Velg minst én verdi.");
        else if (await db.OrgValues.CountAsync(v => values.Contains(v.Slug), ct) != values.Count)
            errors.Add("Values", "Velg verdier fra listen.");
        var message = input.Message?.Trim() ?? "";
        if (message.Length == 0) errors.Add("Message", "Skriv en kort hilsen.");
        else if (message.Length > MessageMax) errors.Add("Message", "Hilsenen kan ha høyst 500 tegn.");
        errors.ThrowIfAny();
        return recipient!;
    }

    private async Task<Recipient?> RecipientAsync(PraiseInput input, string senderId, ValidationErrors errors, CancellationToken ct)
    {
        switch (input.Recipient)
        {
            case PraiseInput.ToPerson:
                var user = string.IsNullOrEmpty(input.UserId) ? null
                    : await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == input.UserId, ct);
                if (user is null) errors.Add("UserId", "Velg en kollega fra listen.");
                else if (user.Id == senderId) errors.Add("UserId", "Du kan ikke gi en verdirose til deg selv.");
                else return new Recipient(user, null);
                return null;
            case PraiseInput.ToTeam:
                var unit = string.IsNullOrEmpty(input.Unit) ? null
                    : await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Slug == input.Unit, ct);
                if (unit is null) errors.Add("Unit", "Velg et team fra listen.");
                else return new Recipient(null, unit);
                return null;
            default:
                errors.Add("Recipient", "Velg om rosen går til en kollega eller et team.");
                return null;
        }
    }
}
