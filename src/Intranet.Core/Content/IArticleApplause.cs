namespace Intranet.Core.Content;

/// <summary>
/// Applause on articles, owned by the Stories module (one row per person and story). Other modules order by it
/// through this interface instead of reading the Stories tables, and compose it into their own queries, so
/// ordering and paging stay in the database.
/// </summary>
public interface IArticleApplause
{
    /// <summary>One article id per applause given (count the rows of an id to get its applause).</summary>
    IQueryable<int> ApplaudedArticleIds();
}
