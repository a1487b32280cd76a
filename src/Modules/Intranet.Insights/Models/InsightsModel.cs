using Intranet.Core.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Insights.Models;

/// <summary>Table shapes of the Insights module. Only counters and anonymous answers; see docs/insights.md.</summary>
internal static class InsightsModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<ArticleDayViews>(e =>
        {
            e.ToTable("InsightsArticleViews");
            e.HasKey(v => new { v.ArticleId, v.Day });
            e.HasIndex(v => v.Day);
            e.HasOne<Article>().WithMany().HasForeignKey(v => v.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<DailyReaderHash>(e =>
        {
            e.ToTable("InsightsDailyReaders");
            e.HasKey(h => new { h.Day, h.UnitId, h.Hash });
            e.Property(h => h.Hash).HasMaxLength(64);
            e.HasOne<Unit>().WithMany().HasForeignKey(h => h.UnitId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<MonthlyUnitReaders>(e =>
        {
            e.ToTable("InsightsMonthlyReaders");
            e.HasKey(m => new { m.UnitId, m.Month });
            e.Property(m => m.Month).HasMaxLength(7);
            e.HasOne<Unit>().WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<MonthlyReaderRegister>(e =>
        {
            e.ToTable("InsightsMonthlyReaderSketch");
            e.HasKey(r => new { r.UnitId, r.Month, r.Register });
            e.Property(r => r.Month).HasMaxLength(7);
            e.HasIndex(r => r.Month);
            e.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<MonthlySalt>(e =>
        {
            e.ToTable("InsightsMonthlySalts");
            e.HasKey(s => s.Month);
            e.Property(s => s.Month).HasMaxLength(7);
            e.Property(s => s.Salt).HasMaxLength(64);
        });
        b.Entity<DailySalt>(e =>
        {
            e.ToTable("InsightsDailySalts");
            e.HasKey(s => s.Day);
            e.Property(s => s.Salt).HasMaxLength(64);
        });
        ConfigurePulse(b);
    }

    private static void ConfigurePulse(ModelBuilder b)
    {
        b.Entity<PulseSurvey>(e =>
        {
            e.ToTable("PulseSurveys");
            e.Property(s => s.Title).HasMaxLength(200);
            e.Property(s => s.Intro).HasMaxLength(2000);
            e.HasMany(s => s.Questions).WithOne().HasForeignKey(q => q.SurveyId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<PulseQuestion>(e =>
        {
            e.ToTable("PulseQuestions");
            e.Property(q => q.Text).HasMaxLength(500);
            e.Property(q => q.TextNn).HasMaxLength(500);
            e.Ignore(q => q.Shown);
            e.Property(q => q.Scale).HasConversion<string>().HasMaxLength(16);
        });
        b.Entity<PulseHasAnswered>(e =>
        {
            e.ToTable("PulseHasAnswered");
            e.HasKey(h => new { h.SurveyId, h.Round, h.UserId });
            e.HasOne<PulseSurvey>().WithMany().HasForeignKey(h => h.SurveyId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<IntranetUser>().WithMany().HasForeignKey(h => h.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<PulseAnswerCount>(e =>
        {
            e.ToTable("PulseAnswerCounts");
            e.HasKey(c => new { c.SurveyId, c.Round, c.QuestionId, c.UnitId, c.Value });
            e.HasOne<PulseSurvey>().WithMany().HasForeignKey(c => c.SurveyId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<PulseQuestion>().WithMany().HasForeignKey(c => c.QuestionId).OnDelete(DeleteBehavior.NoAction);
        });
    }
}
