using Intranet.Accounts;
using Intranet.Content;
using Intranet.Insights;
using Intranet.Core.Modules;
using Intranet.Media;
using Intranet.Notifications;
using Intranet.Stories;
using Intranet.Search;
using Intranet.Corner;
using Intranet.News;
using Intranet.Values;
using Intranet.Welcome;
using Intranet.Newsletter;

namespace Intranet.Web;

/// <summary>The one place that lists the modules this host runs, in dependency order.</summary>
public static class ModuleCatalog
{
    public static IReadOnlyList<IIntranetModule> Create() =>
    [
        new AccountsModule(),
        new ContentModule(),
        new MediaModule(),
        new NotificationsModule(),
        new StoriesModule(),
        new SearchModule(),
        new NewsModule(),
        new CornerModule(),
        new WelcomeModule(),
        new ValuesModule(),
        new NewsletterModule(),
        new InsightsModule(),
    ];
}
