namespace Intranet.Core.Recipes;

/// <summary>State shared by the steps of one recipe run.</summary>
public sealed class RecipeContext(string stepName, bool isDevelopment)
{
    public string StepName { get; internal set; } = stepName;
    public bool IsDevelopment { get; } = isDevelopment;
    public int Changes { get; private set; }

    public void Changed(int count = 1) => Changes += count;

    public RecipeException Error(string field, string message) => new(StepName, field, message);
}
