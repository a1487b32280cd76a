using Intranet.Accounts.Models;

namespace Intranet.Accounts.Pages.Admin;

/// <summary>A unit as an option in a select: sectors first, their units indented under them.</summary>
public sealed record UnitChoice(int Id, string Label, bool IsSector)
{
    public static IReadOnlyList<UnitChoice> From(IEnumerable<UnitNode> tree) =>
        tree.SelectMany(s => s.Children.Select(c => new UnitChoice(c.Id, $"{s.Name} → {c.Name}", false))
            .Prepend(new UnitChoice(s.Id, s.Name, true))).ToList();
}
