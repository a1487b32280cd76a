using Intranet.Core.Data;
using Intranet.Core.Recipes;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Web.Hosting;

/// <summary>In Development the demo municipality is imported on the first start.</summary>
internal static class DevelopmentSeed
{
    public const string AppliedSetting = Core.Models.StateKeys.Prefix + "recipe.demo-applied";

    public static async Task SeedDevelopmentAsync(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment() || app.Configuration.GetValue<bool>("Intranet:SkipDemoRecipe")) return;
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IntranetDbContext>();
        if (await db.Settings.AnyAsync(s => s.Key == AppliedSetting)) return;
        var json = await File.ReadAllTextAsync(RecipeFiles.Demo);
        await scope.ServiceProvider.GetRequiredService<RecipeRunner>().ImportAsync(json, isDevelopment: true);
        db.Settings.Add(new Core.Models.Setting { Key = AppliedSetting, Value = DateTimeOffset.UtcNow.ToString("O") });
        await db.SaveChangesAsync();
    }
}
