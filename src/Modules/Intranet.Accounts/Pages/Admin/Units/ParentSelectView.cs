using Intranet.Accounts.Models;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Intranet.Accounts.Pages.Admin.Units;

/// <summary>The "placed under" choice: no parent makes a sector; otherwise one of the sectors (never itself).</summary>
public sealed record ParentSelectView(int? ParentId, IReadOnlyList<UnitNode> Tree, int? UnitId, ModelStateDictionary State);
