using Intranet.Core.Cli;
using Intranet.Core.Content;
using Intranet.Core.Home;
using Intranet.Core.Modules;
using Intranet.Core.Navigation;
using Intranet.Core.Notifications;
using Intranet.Core.Recipes;
using Intranet.Core.Security;
using Intranet.Newsletter.Api;
using Intranet.Newsletter.Events;
using Intranet.Newsletter.Mail;
using Intranet.Newsletter.Models;
using Intranet.Newsletter.Recipes;
using Intranet.Newsletter.Services;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intranet.Newsletter;

/// <summary>
/// The digest (nyhetsbrev) and one-off newsletters through a mail outbox, the personal news feed, and events with
/// sign-up, waiting list and calendars. <c>Intranet:Newsletter:BackgroundSending=false</c> turns the sending job
/// off (then <c>digest send</c> from cron does the work).
/// </summary>
public sealed class NewsletterModule : IIntranetModule
{
    public string Name => "Newsletter";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        var mail = MailSettings.Read(configuration);
        services.AddSingleton(mail);
        services.AddNotificationTemplates(Events.EventNotifications.All);
        if (mail.UsesSmtp) services.AddSingleton<IMailTransport, SmtpTransport>();
        else services.AddSingleton<IMailTransport, PickupFolderTransport>();
        services.TryAddScoped<ReaderContextFactory>();
        services.AddScoped<MailMessageFactory>();
        services.AddScoped<MailOutbox>();
        services.AddScoped<MailRenderer>();
        services.AddScoped<RecipientDirectory>();
        services.AddScoped<DigestComposer>();
        services.AddScoped<DigestSettings>();
        services.AddScoped<DigestPlanner>();
        services.AddScoped<DigestRun>();
        services.AddScoped<NewsletterService>();
        services.AddScoped<FeedTokens>();
        services.AddScoped<NewsFeed>();
        services.AddScoped<EventCatalog>();
        services.AddScoped<EventEditor>();
        services.AddScoped<SeatAllocator>();
        services.AddScoped<EventCalendar>();
        services.AddScoped<ICliCommand, DigestSendCommand>();
        services.AddScoped<IRecipeStep, EventsRecipeStep>();
        if (configuration["Intranet:Newsletter:BackgroundSending"] != "false") services.AddHostedService<DigestJob>();
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => NewsletterModel.Configure(modelBuilder);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => FeedEndpoints.Map(endpoints);

    public IEnumerable<NavigationItem> Navigation =>
    [
        new("Arrangementer", Links.Events, 60),
        new("Nyhetsbrev", "/admin/nyhetsbrev", 60, NavigationArea.Admin, NewsletterPermissions.Send),
    ];

    public IEnumerable<Permission> Permissions =>
    [
        new(NewsletterPermissions.Send, "Sende nyhetsbrev og bestemme hva sammendraget alltid skal ta med", Roles.Kommunikasjon),
        new(NewsletterPermissions.ManageEvents, "Opprette og endre arrangementer, se påmeldte", Roles.Kommunikasjon),
    ];

    public IEnumerable<HomeSection> HomeSections => [new("EventsHome", 40)];
}
