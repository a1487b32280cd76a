namespace Intranet.Core.Recipes;

/// <summary>A recipe that cannot be imported, naming the step and field; nothing of it is kept.</summary>
public sealed class RecipeException(string step, string field, string message)
    : Exception($"Oppskriften feilet i steget «{step}», feltet «{field}»: {message}")
{
    public string Step { get; } = step;
    public string Field { get; } = field;
}
