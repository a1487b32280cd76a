using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Insights.Models;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Insights.Tests;

/// <summary>
/// No table holds a reader's identity next to what they read, except must-read confirmations. Every entity with a
/// user-like column must be on this list with the reason it may hold one; a new one fails until someone decides.
/// </summary>
public sealed class PrivacyModelTests : IClassFixture<PrivacyModelTests.Host>
{
    public sealed class Host : IDisposable
    {
        public IntranetFactory Factory { get; } = new();
        public void Dispose() => Factory.Dispose();
    }

    private static readonly Dictionary<string, string> Allowed = new()
    {
        ["IntranetUser"] = "the account itself",
        ["IdentityUserClaim<string>"] = "account data",
        ["IdentityUserLogin<string>"] = "account data (single sign-on link)",
        ["IdentityUserToken<string>"] = "account data",
        ["IdentityUserRole<string>"] = "account data (roles)",
        ["UnitLeader"] = "organisation: who leads a unit",
        ["Article"] = "authorship",
        ["ArticleVersion"] = "authorship of a version",
        ["AuditEntry"] = "who changed content (accountability), never reading",
        ["ReadConfirmation"] = "must-read confirmation: the one lawful record of reading (arbeidsmiljøloven ch. 9)",
        ["ReadReminder"] = "who sent a reminder",
        ["NewsComment"] = "comment authored by the user",
        ["NewsReaction"] = "reaction given by the user (a visible act, not reading)",
        ["StoryComment"] = "comment authored by the user",
        ["StoryReaction"] = "applause given by the user (a visible act, not reading)",
        ["StoryReview"] = "the reviewer's decision",
        ["StoryDetails"] = "who recorded the consent",
        ["ApiToken"] = "account data: the user's bearer tokens",
        ["CornerDelegate"] = "a right the chief executive granted",
        ["CornerQuestion"] = "who asked (empty when asked anonymously) and who answered",
        ["Notification"] = "the user's own inbox item; ReadAt is its unread state, shown only to the user",
        ["PulseHasAnswered"] = "one answer per round: the pair (user, round) only, no answer, no time",
        ["AccessCode"] = "account data: a sign-in code issued to the user",
        ["DigestPreference"] = "the user's own newsletter choice and when their last digest was composed",
        ["EventSignup"] = "the user signed up for an event (a visible act, not reading)",
        ["FeedToken"] = "account data: the user's personal feed token",
        ["OneOffNewsletter"] = "who composed a newsletter",
        ["OutboxMessage"] = "the recipient of a mail",
        ["BuddyAssignment"] = "organisation: a new hire's buddy",
        ["ChecklistTick"] = "the new hire's own checklist progress, shown to them and their leader",
        ["MeetingSignup"] = "the user signed up for a newcomer meeting (a visible act, not reading)",
        ["CornerAttachment"] = "who uploaded a council note's attachment (authorship)",
        ["ValuePraise"] = "who praised whom for a value: the praise itself, a visible act",
    };

    private static readonly Type[] MustHaveNoUser =
    [
        typeof(ArticleDayViews), typeof(DailyReaderHash), typeof(MonthlyUnitReaders), typeof(DailySalt),
        typeof(MonthlyReaderRegister), typeof(MonthlySalt), typeof(PulseAnswerCount),
    ];

    /// <summary>The reader tables know a unit and a day or month, never what was read.</summary>
    private static readonly Type[] ReaderTables = [typeof(DailyReaderHash), typeof(MonthlyUnitReaders), typeof(MonthlyReaderRegister), typeof(DailySalt), typeof(MonthlySalt)];

    private readonly IModel _model;

    public PrivacyModelTests(Host host)
    {
        using var scope = host.Factory.Services.CreateScope();
        _model = scope.ServiceProvider.GetRequiredService<IntranetDbContext>().Model;
    }

    [Fact]
    public void Every_entity_with_a_user_reference_is_allowed_for_a_reason()
    {
        var unexplained = _model.GetEntityTypes().Where(HoldsUser).Select(Name).Where(n => !Allowed.ContainsKey(n)).ToList();
        Assert.True(unexplained.Count == 0, "User references without a reason: " + string.Join(", ", unexplained));
    }

    [Fact]
    public void View_counters_reader_hashes_and_survey_answers_have_no_user_reference()
    {
        foreach (var type in MustHaveNoUser)
        {
            var entity = _model.FindEntityType(type)!;
            Assert.False(HoldsUser(entity), $"{type.Name} must not reference a user");
            Assert.DoesNotContain(entity.GetProperties(), p => p.ClrType == typeof(DateTimeOffset));
        }
        Assert.DoesNotContain(_model.FindEntityType(typeof(PulseHasAnswered))!.GetProperties(), p => p.Name is "Value" or "QuestionId" or "UnitId");
    }

    [Fact]
    public void Pulse_answers_are_counters_with_no_row_per_answer()
    {
        // Exactly the counter's key and its count: no id, no time, nothing generated that follows insertion order.
        var counts = _model.FindEntityType(typeof(PulseAnswerCount))!;
        Assert.Equal(["Count", "QuestionId", "Round", "SurveyId", "UnitId", "Value"], counts.GetProperties().Select(p => p.Name).Order());
        Assert.Equal(["SurveyId", "Round", "QuestionId", "UnitId", "Value"], counts.FindPrimaryKey()!.Properties.Select(p => p.Name));
        Assert.All(counts.GetProperties(), p => Assert.Equal(Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never, p.ValueGenerated));
        // No other pulse table holds a score.
        Assert.DoesNotContain(_model.GetEntityTypes(), e => e.ClrType != typeof(PulseAnswerCount) && e.ClrType.Name.StartsWith("Pulse", StringComparison.Ordinal)
            && e.GetProperties().Any(p => p.Name == "Value"));
    }

    [Fact]
    public void Reader_hashes_sketches_and_salts_never_name_an_article()
    {
        foreach (var type in ReaderTables)
        {
            var entity = _model.FindEntityType(type)!;
            Assert.False(ReferencesArticle(entity), $"{type.Name} must not reference an article");
            Assert.DoesNotContain(entity.GetProperties(), p => p.Name.Contains("Article", StringComparison.Ordinal) || p.Name.Contains("Slug", StringComparison.Ordinal));
        }
        // The sketch stores a register and a rank, not the hash: nothing that identifies one reader by itself.
        Assert.Equal(["Month", "Rank", "Register", "UnitId"], _model.FindEntityType(typeof(MonthlyReaderRegister))!.GetProperties().Select(p => p.Name).Order());
    }

    [Fact]
    public void Only_must_read_confirmations_pair_a_person_with_an_article_they_read()
    {
        // These pair a user with an article, but record something a person did on purpose and in the open (wrote,
        // uploaded, reacted, reviewed, reminded, recorded consent); reading itself is recorded only by ReadConfirmation.
        string[] actsNotReading = ["CornerAttachment", "EventSignup", "NewsComment", "NewsReaction", "ReadReminder", "StoryComment", "StoryDetails", "StoryReaction", "StoryReview"];
        var pairs = _model.GetEntityTypes().Where(e => HoldsUser(e) && ReferencesArticle(e)).Select(Name).Order().ToList();
        Assert.Equal([.. actsNotReading, "ReadConfirmation"], pairs.OrderBy(p => p == "ReadConfirmation").ThenBy(p => p));
    }

    private static bool HoldsUser(IEntityType entity) =>
        entity.ClrType == typeof(IntranetUser)
        || entity.GetForeignKeys().Any(fk => fk.PrincipalEntityType.ClrType == typeof(IntranetUser))
        || entity.GetProperties().Any(p => IsUserLike(p.Name));

    private static bool IsUserLike(string name) =>
        name.EndsWith("UserId", StringComparison.Ordinal) || name.EndsWith("UserName", StringComparison.Ordinal)
        || name is "AuthorId" or "ReviewerId" or "OwnerId" or "UploadedBy" or "AskedBy"
        || (name.EndsWith("By", StringComparison.Ordinal) && name.Length > 2);

    private static bool ReferencesArticle(IEntityType entity) =>
        entity.ClrType != typeof(Article) && !entity.ClrType.Name.StartsWith("ArticleVersion", StringComparison.Ordinal)
        && entity.GetForeignKeys().Any(fk => fk.PrincipalEntityType.ClrType == typeof(Article));

    private static string Name(IEntityType e) => e.ClrType.IsGenericType
        ? $"{e.ClrType.Name[..e.ClrType.Name.IndexOf('`')]}<{string.Join(",", e.ClrType.GetGenericArguments().Select(a => a.Name.ToLowerInvariant()))}>"
        : e.ClrType.Name;
}
