using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Intranet.Web.Hosting;

/// <summary>
/// Binds bool fields as the checkboxes they are on our forms: ticked ("true", "on", "1") or not. MVC's own binder keeps
/// an unparsable value ("abc", a 100,000-character string) as the field's attempted value, and the checkbox tag helper
/// then throws while re-showing the form — a 500 for a forged post. Here the attempted value stays, but the value the
/// form is re-shown from is the bool that was read, so any post re-shows the form.
/// </summary>
internal sealed class CheckboxBooleanBinder(bool nullable) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext context)
    {
        var posted = context.ValueProvider.GetValue(context.ModelName);
        if (posted == ValueProviderResult.None) return Task.CompletedTask;
        var text = posted.FirstValue?.Trim();
        bool? value = string.IsNullOrEmpty(text) && nullable ? null : Read(text);
        context.ModelState.SetModelValue(context.ModelName, value, posted.FirstValue);
        context.Result = ModelBindingResult.Success(value);
        return Task.CompletedTask;
    }

    private static bool Read(string? text) =>
        bool.TryParse(text, out var value) ? value : text is "on" or "1";
}
