namespace Intranet.Core.Models;

/// <summary>
/// Limits who may read an article: when an article has any of these rows, only readers in (or leading) one
/// of the listed units may read it — besides content managers and the author. No rows means everyone.
/// Sectors are expanded to their units when the rows are written, so the rule is a plain membership test.
/// </summary>
public class ArticleReaderUnit
{
    public int ArticleId { get; set; }
    public int UnitId { get; set; }
}
