using Intranet.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Core.Localization;

/// <summary>
/// A site setting with a nynorsk form: the key with the suffix "Nn" holds it, and nynorsk readers get it when it is
/// set, otherwise the bokmål value. Null when neither is set, so callers keep their own default.
/// </summary>
public static class LocalizedSetting
{
    public const string NynorskSuffix = "Nn";

    public static async Task<string?> ReadAsync(IntranetDbContext db, string key, CancellationToken ct = default)
    {
        string[] keys = Cultures.IsNynorsk ? [key + NynorskSuffix, key] : [key];
        var values = await db.Settings.AsNoTracking().Where(s => keys.Contains(s.Key)).ToDictionaryAsync(s => s.Key, s => s.Value, ct);
        return keys.Select(values.GetValueOrDefault).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
    }
}
