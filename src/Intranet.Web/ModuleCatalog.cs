using Intranet.Accounts;
using Intranet.Content;
using Intranet.Core.Modules;
using Intranet.Values;
using Intranet.Welcome;

namespace Intranet.Web;

/// <summary>The one place that lists the modules this host runs, in dependency order.</summary>
public static class ModuleCatalog
{
    public static IReadOnlyList<IIntranetModule> Create() =>
    [
        new AccountsModule(),
        new ContentModule(),
        new WelcomeModule(),
        new ValuesModule(),
    ];
}
