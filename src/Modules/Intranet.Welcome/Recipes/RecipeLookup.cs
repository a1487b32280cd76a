using Intranet.Core.Data;
using Intranet.Core.Recipes;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Welcome.Recipes;

/// <summary>Slugs and usernames the welcome step refers to, resolved once per import.</summary>
internal sealed class RecipeLookup
{
    private Dictionary<string, int> _articles = [];
    private Dictionary<int, string> _articleSlugs = [];
    private Dictionary<string, int> _units = [];
    private Dictionary<int, string> _unitSlugs = [];
    private Dictionary<string, string> _users = [];
    private Dictionary<string, string> _userNames = [];

    public static async Task<RecipeLookup> LoadAsync(IntranetDbContext db, CancellationToken ct)
    {
        var lookup = new RecipeLookup
        {
            _articles = await db.Articles.AsNoTracking().ToDictionaryAsync(a => a.Slug, a => a.Id, ct),
            _units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Slug, u => u.Id, ct),
            _users = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.UserName!, u => u.Id, ct),
        };
        lookup._articleSlugs = lookup._articles.ToDictionary(p => p.Value, p => p.Key);
        lookup._unitSlugs = lookup._units.ToDictionary(p => p.Value, p => p.Key);
        lookup._userNames = lookup._users.ToDictionary(p => p.Value, p => p.Key);
        return lookup;
    }

    public int Article(string slug, RecipeContext ctx, string field) =>
        _articles.TryGetValue(slug, out var id) ? id : throw ctx.Error(field, $"artikkelen «{slug}» finnes ikke.");

    public int Unit(string slug, RecipeContext ctx, string field) =>
        _units.TryGetValue(slug, out var id) ? id : throw ctx.Error(field, $"enheten «{slug}» finnes ikke.");

    public string User(string username, RecipeContext ctx, string field) =>
        _users.TryGetValue(username, out var id) ? id : throw ctx.Error(field, $"brukeren «{username}» finnes ikke.");

    public string? ArticleSlug(int? id) => id is int i ? _articleSlugs.GetValueOrDefault(i) : null;
    public string? UnitSlug(int? id) => id is int i ? _unitSlugs.GetValueOrDefault(i) : null;
    public string? UserName(string id) => _userNames.GetValueOrDefault(id);
}
