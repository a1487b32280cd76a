namespace Intranet.Web.Hosting;

/// <summary>The recipes shipped with the host (copied from content-recipes/ into the output folder).</summary>
public static class RecipeFiles
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "content-recipes");
    public static string Demo => Path.Combine(Folder, "demo.recipe.json");
}
