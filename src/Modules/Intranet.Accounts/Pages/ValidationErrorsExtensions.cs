using Intranet.Core.Validation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Intranet.Accounts.Pages;

/// <summary>Puts a service's field errors into ModelState so the form shows them by the right inputs.</summary>
public static class ValidationErrorsExtensions
{
    public static void AddErrors(this ModelStateDictionary modelState, ValidationFailedException failure)
    {
        foreach (var (field, messages) in failure.Errors)
            foreach (var message in messages)
                modelState.AddModelError(field, message);
    }
}
