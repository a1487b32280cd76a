namespace Intranet.Search.Indexing;

/// <summary>Field names of the search document. "*Dv" fields are doc values for facets and sorting.</summary>
public static class IndexFields
{
    public const string Id = "id";
    public const string Title = "title";
    public const string TitleLower = "title_lc";
    public const string Summary = "summary";
    public const string Body = "body";
    public const string Compound = "compound";
    public const string Spell = "spell";
    public const string Tags = "tags";
    public const string Author = "author";
    public const string Extra = "extra";

    public const string Kind = "kind";
    public const string Slug = "slug";
    public const string Unit = "unit";
    public const string Value = "value";
    public const string Year = "year";
    public const string Status = "status";
    public const string Audience = "audience";
    public const string AuthorId = "author_id";
    public const string UnitId = "unit_id";
    /// <summary>"yes" when the article is restricted to units (ArticleReaderUnit), else "no".</summary>
    public const string Restricted = "restricted";
    /// <summary>One term per unit that may read a restricted article.</summary>
    public const string ReaderUnit = "reader_unit";
    public const string PublishAt = "publish_at";
    public const string Yes = "yes";
    public const string No = "no";
    public const string UnpublishAt = "unpublish_at";
    public const string PublishedAt = "published_at";

    public const string KindDv = "kind_dv";
    public const string UnitDv = "unit_dv";
    public const string ValueDv = "value_dv";
    public const string YearDv = "year_dv";
    public const string DateDv = "date_dv";

    /// <summary>Searched text fields and their weights (the title counts most).</summary>
    public static readonly IReadOnlyDictionary<string, float> SearchWeights = new Dictionary<string, float>
    {
        [Title] = 4f,
        [Tags] = 2f,
        [Summary] = 1.5f,
        [Body] = 1f,
        [Extra] = 1f,
        [Author] = 0.5f,
        [Compound] = 0.3f,
    };
}
