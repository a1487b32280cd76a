using Intranet.Core.Data;
using Intranet.Core.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Accounts.Oidc;

/// <summary>
/// Whether the login page shows the username/password form beside single sign-on. An administrator can hide
/// it once everyone signs in through the provider; <c>/logg-inn?lokal=1</c> still shows it (recovery path).
/// Without single sign-on the form is always shown, or nobody could sign in.
/// </summary>
public sealed class LocalLoginSetting(IntranetDbContext db, OidcSettings oidc)
{
    public const string Key = "accounts.local-login";

    public async Task<bool> IsHiddenAsync(CancellationToken ct = default) =>
        oidc.Enabled && await db.Settings.AsNoTracking().AnyAsync(s => s.Key == Key && s.Value == "off", ct);

    public async Task SetHiddenAsync(bool hidden, CancellationToken ct = default)
    {
        var setting = await db.Settings.FirstOrDefaultAsync(s => s.Key == Key, ct);
        if (setting is null) db.Settings.Add(setting = new Setting { Key = Key });
        setting.Value = hidden ? "off" : "on";
        await db.SaveChangesAsync(ct);
    }
}
