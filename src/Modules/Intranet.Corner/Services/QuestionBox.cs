using System.Security.Claims;
using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Notifications;
using Intranet.Core.Security;
using Intranet.Core.Time;
using Intranet.Core.Validation;
using Intranet.Corner.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Corner.Services;

/// <summary>
/// "Spør kommunedirektøren". For an anonymous question nothing stored links it to the asker: the row has no
/// user id or name and only the day, and the audit entry names the actor "anonym" with no user id.
/// </summary>
public sealed class QuestionBox(IntranetDbContext db, IClock clock, IAuditLog audit, INotificationSender notifications)
{
    public const int MaxLength = 2000;
    public static readonly Actor AnonymousActor = new(null, "anonym");

    public async Task<CornerQuestion> AskAsync(ClaimsPrincipal user, string? text, bool anonymous, CancellationToken ct = default)
    {
        var question = (text ?? "").Trim();
        if (question.Length == 0) throw ValidationFailedException.For("text", "Skriv spørsmålet ditt.");
        if (question.Length > MaxLength) throw ValidationFailedException.For("text", $"Spørsmålet kan ha høyst {MaxLength} tegn.");
        var now = clock.UtcNow;
        var row = new CornerQuestion
        {
            Text = question,
            Anonymous = anonymous,
            AskerId = anonymous ? null : user.UserId(),
            AskerName = anonymous ? null : user.DisplayName(),
            AskedAt = anonymous ? new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero) : now,
        };
        db.Add(row);
        await db.SaveChangesAsync(ct);
        if (anonymous) RecordAnonymous(row);
        else audit.Record(Actor.From(user), "ask", "corner-question", row.Id.ToString(), "spørsmål");
        await db.SaveChangesAsync(ct);
        return row;
    }

    /// <summary>Audited as "anonym" with no user id, and at the day only, like the question row itself.</summary>
    private void RecordAnonymous(CornerQuestion row) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = row.AskedAt, UserId = null, UserName = AnonymousActor.UserName, Action = "ask",
            EntityType = "corner-question", EntityId = row.Id.ToString(), Details = "anonymt spørsmål",
        });

    public async Task AnswerAsync(int id, string? answer, Actor actor, CancellationToken ct = default)
    {
        var text = (answer ?? "").Trim();
        if (text.Length == 0) throw ValidationFailedException.For($"answer-{id}", "Skriv et svar.");
        if (text.Length > 8000) throw ValidationFailedException.For($"answer-{id}", "Svaret kan ha høyst 8000 tegn.");
        var question = await LoadAsync(id, ct);
        question.Answer = text;
        question.AnsweredBy = actor.UserName;
        question.AnsweredAt = clock.UtcNow;
        question.Status = QuestionStatus.Answered;
        audit.Record(actor, "answer", "corner-question", id.ToString(), "svar publisert i hjørnet");
        await db.SaveChangesAsync(ct);
        // Anonymous questions have no asker to tell; a re-answer keeps the one notification (same key).
        if (question.AskerId is { } asker)
            await notifications.SendAsync(asker, CornerNotifications.Answered.Fill(), "/hjornet", $"corner-question:{id}:answered", ct);
    }

    public async Task DeclineAsync(int id, Actor actor, CancellationToken ct = default)
    {
        var question = await LoadAsync(id, ct);
        question.Status = QuestionStatus.Declined;
        audit.Record(actor, "decline", "corner-question", id.ToString(), "spørsmålet ble ikke besvart offentlig");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Takes a question out of the corner and the queue (offensive, identifying, or an answer withdrawn).</summary>
    public async Task HideAsync(int id, Actor actor, CancellationToken ct = default)
    {
        var question = await LoadAsync(id, ct);
        question.Status = QuestionStatus.Hidden;
        audit.Record(actor, "hide", "corner-question", id.ToString(), "spørsmålet er skjult");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Answered questions whose answer was given in [from, to), newest first: the corner's archive for a year.</summary>
    public Task<List<CornerQuestion>> AnsweredBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default) =>
        db.Set<CornerQuestion>().AsNoTracking()
            .Where(q => q.Status == QuestionStatus.Answered && q.AnsweredAt >= from && q.AnsweredAt < to)
            .OrderByDescending(q => q.AnsweredAt).ToListAsync(ct);

    public async Task<List<DateTimeOffset>> AnsweredTimesAsync(CancellationToken ct = default) =>
        (await db.Set<CornerQuestion>().AsNoTracking().Where(q => q.Status == QuestionStatus.Answered && q.AnsweredAt != null)
            .Select(q => q.AnsweredAt).ToListAsync(ct)).Select(t => t!.Value).ToList();

    public Task<List<CornerQuestion>> AnsweredAsync(int take = 20, CancellationToken ct = default) =>
        db.Set<CornerQuestion>().AsNoTracking().Where(q => q.Status == QuestionStatus.Answered)
            .OrderByDescending(q => q.AnsweredAt).Take(take).ToListAsync(ct);

    public Task<List<CornerQuestion>> ByStatusAsync(QuestionStatus status, int take = 100, CancellationToken ct = default) =>
        db.Set<CornerQuestion>().AsNoTracking().Where(q => q.Status == status)
            .OrderByDescending(q => q.AskedAt).ThenByDescending(q => q.Id).Take(take).ToListAsync(ct);

    private async Task<CornerQuestion> LoadAsync(int id, CancellationToken ct) =>
        await db.Set<CornerQuestion>().FirstOrDefaultAsync(q => q.Id == id, ct)
        ?? throw ValidationFailedException.For("question", "Spørsmålet finnes ikke.");
}
