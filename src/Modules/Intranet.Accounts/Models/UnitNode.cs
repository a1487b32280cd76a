namespace Intranet.Accounts.Models;

/// <summary>A unit in the admin tree with its leaders' names; sectors carry their units as children.</summary>
public sealed record UnitNode(int Id, string Slug, string Name, int? ParentId, IReadOnlyList<string> LeaderNames, IReadOnlyList<UnitNode> Children);
