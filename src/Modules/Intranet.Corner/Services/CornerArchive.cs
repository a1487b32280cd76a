using Intranet.Core.Content;
using Intranet.Core.Models;
using Intranet.Core.Time;
using Intranet.Corner.Models;

namespace Intranet.Corner.Services;

/// <summary>The corner by year (Norwegian local time): posts and answered questions, and the years that have any.</summary>
public sealed class CornerArchive(CornerReader corner, QuestionBox questions, IClock clock)
{
    public async Task<CornerYear> YearAsync(ReaderContext reader, int? year, CancellationToken ct = default)
    {
        var years = await YearsAsync(reader, ct);
        var chosen = year ?? (years.Count > 0 ? years[0] : OsloTime.ToLocal(clock.UtcNow).Year);
        var (from, to) = Bounds(chosen);
        var posts = await corner.PublishedBetweenAsync(reader, from, to, ct);
        var types = await corner.TypesAsync(posts.Select(p => p.Id), ct);
        var answered = await questions.AnsweredBetweenAsync(from, to, ct);
        return new CornerYear(chosen, years, posts, types, answered);
    }

    /// <summary>Newest first; only years with a readable post or an answered question.</summary>
    public async Task<List<int>> YearsAsync(ReaderContext reader, CancellationToken ct = default)
    {
        var times = await corner.PublishedTimesAsync(reader, ct);
        times.AddRange(await questions.AnsweredTimesAsync(ct));
        return times.Select(t => OsloTime.ToLocal(t).Year).Distinct().OrderDescending().ToList();
    }

    /// <summary>1 January 00:00 to the next 1 January, Oslo time, in UTC.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Bounds(int year) =>
        (OsloTime.FromInput($"{year:0000}-01-01T00:00")!.Value, OsloTime.FromInput($"{year + 1:0000}-01-01T00:00")!.Value);
}

public sealed record CornerYear(int Year, List<int> Years, List<Article> Posts, Dictionary<int, CornerPostType> Types, List<CornerQuestion> Answered);
