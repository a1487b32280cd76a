namespace Intranet.Welcome.Services;

/// <summary>A welcome section as a reader sees it: in their language when the author wrote one.</summary>
public sealed record PackSection(int SectionId, int? UnitId, int SortOrder, int ArticleId, string Title, string BodyHtml,
    string Language, string Slug, int? OtherLanguageArticleId);
