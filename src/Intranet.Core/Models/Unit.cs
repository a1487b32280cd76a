namespace Intranet.Core.Models;

/// <summary>An organisational unit. Sectors are units without a parent ("Helse og omsorg" → "Hjemmetjenesten").</summary>
public class Unit
{
    public int Id { get; set; }
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public int? ParentId { get; set; }
    public Unit? Parent { get; set; }
    public List<Unit> Children { get; set; } = [];
    public List<UnitLeader> Leaders { get; set; } = [];

    public bool IsSector => ParentId is null;
}
