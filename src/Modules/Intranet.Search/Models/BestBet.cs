namespace Intranet.Search.Models;

/// <summary>An article communications staff pin to the top for a query (compared after normalising).</summary>
public class BestBet
{
    public int Id { get; set; }
    public string Query { get; set; } = "";
    public int ArticleId { get; set; }
    public int Order { get; set; }
}
