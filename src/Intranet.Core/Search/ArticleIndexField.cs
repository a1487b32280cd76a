namespace Intranet.Core.Search;

/// <summary>
/// One extra field for an article's search document. Text fields are analysed and searched with the body;
/// keyword fields are stored as-is so they can be used for exact filters.
/// </summary>
public sealed record ArticleIndexField(string Name, string Value, bool IsText = true)
{
    public static ArticleIndexField Text(string name, string value) => new(name, value, true);

    public static ArticleIndexField Keyword(string name, string value) => new(name, value, false);
}
