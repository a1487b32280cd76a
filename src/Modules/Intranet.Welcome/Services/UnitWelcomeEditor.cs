using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Validation;
using Intranet.Welcome.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Welcome.Services;

/// <summary>
/// A unit leader's changes to their unit's part of the pack. Callers pass a unit the leader leads
/// (see <see cref="UnitLeadership"/>); every change is also checked to belong to that unit.
/// </summary>
public sealed class UnitWelcomeEditor(IntranetDbContext db, IArticleService articles, NewHires newHires, Buddies buddies)
{
    public const int MaxDueDay = 365;

    public async Task AddSectionAsync(int unitId, SectionDraft draft, Actor actor, CancellationToken ct = default)
    {
        if (!draft.HasBokmal && !draft.HasNynorsk)
            throw ValidationFailedException.For("Section.Title", "Skriv en tittel på bokmål eller nynorsk.");
        // Both languages or neither: a failing nynorsk text must not leave the bokmål article behind.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var nb = draft.HasBokmal ? await CreateArticleAsync(unitId, draft.Title!, draft.Body, "nb", actor, ct) : null;
        var nn = draft.HasNynorsk ? await CreateArticleAsync(unitId, draft.TitleNn!, draft.BodyNn, "nn", actor, ct) : null;
        var last = await db.Set<WelcomeSection>().Where(s => s.UnitId == unitId).MaxAsync(s => (int?)s.SortOrder, ct) ?? 0;
        db.Add(new WelcomeSection { UnitId = unitId, SortOrder = last + 1, ArticleId = (nb ?? nn)!.Id, TranslationArticleId = nb is null ? null : nn?.Id });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    public async Task<bool> RemoveSectionAsync(int unitId, int sectionId, Actor actor, CancellationToken ct = default)
    {
        var section = await db.Set<WelcomeSection>().FirstOrDefaultAsync(s => s.Id == sectionId && s.UnitId == unitId, ct);
        if (section is null) return false;
        if (section.TranslationArticleId is int translation) await articles.DeleteAsync(translation, actor, ct);
        await articles.DeleteAsync(section.ArticleId, actor, ct);
        return true;
    }

    public async Task AddChecklistItemAsync(int unitId, string? title, string? titleNn, int? dueDay, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(title)) errors.Add("Item.Title", "Skriv hva den nyansatte skal gjøre.");
        else if (title.Trim().Length > 200) errors.Add("Item.Title", "Teksten kan ha høyst 200 tegn.");
        if (titleNn?.Trim().Length > 200) errors.Add("Item.TitleNn", "Teksten kan ha høyst 200 tegn.");
        if (dueDay is null or < 0 or > MaxDueDay) errors.Add("Item.DueDay", $"Skriv et antall dager fra 0 til {MaxDueDay}.");
        errors.ThrowIfAny();
        var last = await db.Set<ChecklistItem>().Where(i => i.UnitId == unitId).MaxAsync(i => (int?)i.SortOrder, ct) ?? 0;
        db.Add(new ChecklistItem
        {
            UnitId = unitId, Title = title!.Trim(), TitleNn = string.IsNullOrWhiteSpace(titleNn) ? null : titleNn.Trim(),
            DueDay = dueDay!.Value, SortOrder = last + 1,
        });
        await db.SaveChangesAsync(ct);
    }

    public async Task<bool> RemoveChecklistItemAsync(int unitId, int itemId, CancellationToken ct = default) =>
        await db.Set<ChecklistItem>().Where(i => i.Id == itemId && i.UnitId == unitId).ExecuteDeleteAsync(ct) > 0;

    /// <summary>The new hire must be a new hire in the unit; the buddy someone else in the same unit.</summary>
    public async Task AssignBuddyAsync(int unitId, string newHireId, string? buddyId, CancellationToken ct = default)
    {
        if (!(await newHires.InUnitAsync(unitId, ct)).Any(u => u.Id == newHireId))
            throw ValidationFailedException.For("Buddy.NewHireId", "Velg en nyansatt i enheten.");
        if (buddyId is not null && (buddyId == newHireId || !await db.Users.AnyAsync(u => u.Id == buddyId && u.UnitId == unitId, ct)))
            throw ValidationFailedException.For("Buddy.BuddyId", "Velg en fadder som jobber i enheten.");
        await buddies.AssignAsync(newHireId, buddyId, ct);
    }

    /// <summary>Creates the section's article; the article rules' field errors are renamed to the form's fields.</summary>
    private async Task<Article> CreateArticleAsync(int unitId, string title, string? body, string language, Actor actor, CancellationToken ct)
    {
        try { return await CreateAsync(unitId, title, body, language, actor, ct); }
        catch (ValidationFailedException e)
        {
            var suffix = language == "nn" ? "Nn" : "";
            throw new ValidationFailedException(e.Errors.ToDictionary(
                x => x.Key == "body" ? $"Section.Body{suffix}" : $"Section.Title{suffix}", x => x.Value));
        }
    }

    private Task<Article> CreateAsync(int unitId, string title, string? body, string language, Actor actor, CancellationToken ct) =>
        articles.CreateAsync(new ArticleInput
        {
            Kind = ArticleKinds.Welcome,
            Title = title.Trim(),
            BodyMarkdown = body ?? "",
            Language = language,
            UnitId = unitId,
            Tags = ["velkomstpakke"],
        }, actor, ArticleStatus.Published, ct);
}
