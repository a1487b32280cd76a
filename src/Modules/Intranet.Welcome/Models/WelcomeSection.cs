namespace Intranet.Welcome.Models;

/// <summary>
/// One section of a welcome pack, in pack order. UnitId null means the municipality's common pack;
/// otherwise the section belongs to that unit's part. The text is a "welcome" article, optionally with
/// a translation (the same section written in the other language) so each reader gets their own first.
/// </summary>
public class WelcomeSection
{
    public int Id { get; set; }
    public int? UnitId { get; set; }
    public int SortOrder { get; set; }
    public int ArticleId { get; set; }
    public int? TranslationArticleId { get; set; }
}
