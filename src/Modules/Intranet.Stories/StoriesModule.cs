using Intranet.Core.Home;
using Intranet.Core.Modules;
using Intranet.Core.Navigation;
using Intranet.Core.Notifications;
using Intranet.Core.Recipes;
using Intranet.Core.Users;
using Intranet.Stories.Api;
using Intranet.Stories.Models;
using Intranet.Stories.Recipes;
using Intranet.Stories.Services;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Stories;

/// <summary>Good stories: submit, review, publish (also to the public and the Atom feed), react and comment.</summary>
public sealed class StoriesModule : IIntranetModule
{
    public string Name => "Stories";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<StoryRules>();
        services.AddNotificationTemplates(StoryNotifications.All);
        services.AddScoped<StoryReaders>();
        services.AddScoped<StoryDetailsStore>();
        services.AddScoped<StoryHistory>();
        services.AddScoped<StorySubmission>();
        services.AddScoped<StoryReviewService>();
        services.AddScoped<StoryQueries>();
        services.AddScoped<StoryReactions>();
        services.AddScoped<Core.Content.IArticleApplause, StoryApplause>();
        services.AddScoped<StoryComments>();
        services.AddScoped<StoryCuration>();
        services.AddScoped<StoryFeed>();
        services.AddScoped<StoryAuthorshipOnUserDeleted>();
        services.AddScoped<IRecipeStep, StoriesRecipeStep>();
        services.AddScoped<IUserDeletionHandler>(sp => sp.GetRequiredService<StoryAuthorshipOnUserDeleted>());
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => StoriesModel.Configure(modelBuilder);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        StoriesApi.Map(endpoints);
        StoryFeedEndpoint.Map(endpoints);
    }

    /// <summary>Communications staff start their day in Administrasjon: the review queue is listed there too.</summary>
    public IEnumerable<NavigationItem> Navigation =>
    [
        new("Historier til vurdering", "/historier/innboks", 105, NavigationArea.Admin, Core.Security.Permissions.ManageContent),
    ];

    public IEnumerable<HomeSection> HomeSections => [new("StoriesHome", 30, Anonymous: true)];
}
