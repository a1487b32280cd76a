using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Intranet.Accounts.Pages.Admin.Users;

/// <summary>What the shared user fields partial shows: the typed values, the choices and the errors.</summary>
public sealed record UserFieldsView(string? DisplayName, int? UnitId, IReadOnlyList<string> Roles, IReadOnlyList<UnitChoice> Units, ModelStateDictionary State);
