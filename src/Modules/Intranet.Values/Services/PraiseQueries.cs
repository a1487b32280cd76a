using Intranet.Core.Data;
using Intranet.Values.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Values.Services;

/// <summary>
/// Which verdiroser each page shows. A value's page: every praise naming it, except declined and hidden ones.
/// A unit's page: accepted and not hidden only. The recipient and sender see their own on "Mine verdiroser".
/// </summary>
public sealed class PraiseQueries(IntranetDbContext db, PraiseActions actions)
{
    public const int ListSize = 30;

    private IQueryable<ValuePraise> Shown => db.Set<ValuePraise>().Where(p => p.HiddenAt == null && p.Status != PraiseStatus.Declined);

    public Task<List<PraiseCard>> ForValueAsync(string valueSlug, CancellationToken ct = default) =>
        CardsAsync(Shown.Where(p => p.Values.Any(v => v.ValueSlug == valueSlug)), ct);

    public Task<List<PraiseCard>> ForUnitAsync(int unitId, CancellationToken ct = default) =>
        CardsAsync(Shown.Where(p => p.UnitId == unitId && p.Status == PraiseStatus.Accepted), ct);

    /// <summary>Praise the user may answer (their own, and their led teams'), hidden ones left out.</summary>
    public Task<List<PraiseCard>> ReceivedAsync(string userId, CancellationToken ct = default) =>
        CardsAsync(actions.AnswerableBy(userId).Where(p => p.HiddenAt == null), ct);

    public Task<List<PraiseCard>> SentAsync(string userId, CancellationToken ct = default) =>
        CardsAsync(db.Set<ValuePraise>().Where(p => p.SenderId == userId), ct);

    private async Task<List<PraiseCard>> CardsAsync(IQueryable<ValuePraise> query, CancellationToken ct)
    {
        var rows = await query.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).Take(ListSize)
            .Include(p => p.Values).AsNoTracking().ToListAsync(ct);
        var userIds = rows.SelectMany(p => new[] { p.SenderId, p.RecipientUserId }).OfType<string>().Distinct().ToList();
        var unitIds = rows.Select(p => p.UnitId).OfType<int>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        return rows.Select(p =>
        {
            var unit = p.UnitId is int id ? units.GetValueOrDefault(id) : null;
            var recipient = p.RecipientUserId is { } r ? names.GetValueOrDefault(r, "") : unit?.Name ?? "";
            return new PraiseCard(p.Id, names.GetValueOrDefault(p.SenderId, ""), recipient, p.IsForTeam, unit?.Slug, unit?.Name,
                p.Message, p.Values.Select(v => v.ValueSlug).ToList(), p.Status, p.HiddenAt is not null, p.CreatedAt);
        }).ToList();
    }
}
