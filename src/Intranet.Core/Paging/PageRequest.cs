namespace Intranet.Core.Paging;

/// <summary>A 1-based page request, clamped so hostile values cannot ask for huge pages.</summary>
public readonly record struct PageRequest(int Page, int PageSize)
{
    public const int MaxPageSize = 100;

    public static PageRequest From(int? page, int? pageSize, int defaultSize = 20) =>
        new(Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? defaultSize, 1, MaxPageSize));

    public int Skip => (int)Math.Min(int.MaxValue, ((long)Page - 1) * PageSize);
}
