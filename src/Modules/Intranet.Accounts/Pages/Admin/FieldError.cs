using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Intranet.Accounts.Pages.Admin;

/// <summary>The messages for one field, and the aria-describedby id that ties them to the input.</summary>
public static class FieldError
{
    public static IReadOnlyList<string> For(ModelStateDictionary state, string field) =>
        state.TryGetValue(field, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];

    public static string? DescribedBy(ModelStateDictionary state, string field) =>
        For(state, field).Count > 0 ? field + "-error" : null;
}
