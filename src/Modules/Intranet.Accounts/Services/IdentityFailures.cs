using Intranet.Core.Validation;
using Microsoft.AspNetCore.Identity;

namespace Intranet.Accounts.Services;

/// <summary>Turns Identity's (already Norwegian) errors into field errors for the admin forms.</summary>
internal static class IdentityFailures
{
    public static void ThrowIfFailed(IdentityResult result)
    {
        if (result.Succeeded) return;
        var errors = new ValidationErrors();
        foreach (var error in result.Errors) errors.Add(FieldOf(error.Code), error.Description);
        errors.ThrowIfAny();
    }

    private static string FieldOf(string code) => code switch
    {
        _ when code.StartsWith("Password", StringComparison.Ordinal) => "Password",
        "DuplicateUserName" or "InvalidUserName" => "UserName",
        _ when code.Contains("Role", StringComparison.Ordinal) => "Roles",
        _ => "",
    };
}
