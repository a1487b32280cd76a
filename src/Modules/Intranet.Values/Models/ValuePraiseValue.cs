namespace Intranet.Values.Models;

/// <summary>One value a praise names (by slug, like article values).</summary>
public class ValuePraiseValue
{
    public int PraiseId { get; set; }
    public string ValueSlug { get; set; } = "";
}
