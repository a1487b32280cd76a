namespace Intranet.Core.Models;

public class UnitLeader
{
    public int UnitId { get; set; }
    public string UserId { get; set; } = "";
}
