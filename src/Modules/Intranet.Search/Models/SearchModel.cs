using Microsoft.EntityFrameworkCore;

namespace Intranet.Search.Models;

/// <summary>Table shapes of the search module, with the seeded synonym list.</summary>
public static class SearchModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<SynonymGroup>(e =>
        {
            e.ToTable("SearchSynonyms");
            e.Property(s => s.Terms).HasMaxLength(500);
            e.HasData(SeedSynonyms.Groups.Select((terms, i) => new SynonymGroup { Id = i + 1, Terms = terms }));
        });
        b.Entity<BestBet>(e =>
        {
            e.ToTable("SearchBestBets");
            e.Property(x => x.Query).HasMaxLength(100);
            e.HasIndex(x => new { x.Query, x.ArticleId }).IsUnique();
        });
        b.Entity<SearchQueryStat>(e =>
        {
            e.ToTable("SearchQueryStats");
            e.Property(x => x.Week).HasMaxLength(10);
            e.Property(x => x.Query).HasMaxLength(100);
            e.HasIndex(x => new { x.Week, x.Query }).IsUnique();
        });
    }
}
