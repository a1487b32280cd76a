namespace Intranet.Core.Paging;

public sealed record PagedResult<T>(int Total, IReadOnlyList<T> Items, PageRequest Request)
{
    public int PageCount => Math.Max(1, (Total + Request.PageSize - 1) / Request.PageSize);
}
