using Intranet.Core.Cli;
using Intranet.Core.Modules;
using Intranet.Core.Navigation;
using Intranet.Core.Search;
using Intranet.Search.Analysis;
using Intranet.Search.Api;
using Intranet.Search.Indexing;
using Intranet.Search.Models;
using Intranet.Search.Querying;
using Intranet.Search.Services;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Search;

/// <summary>
/// Search: one Lucene index per node fed from the change log, Norwegian analysis, synonyms and best bets,
/// permission-filtered results and facets, admin status, rebuild, and aggregate query statistics.
/// </summary>
public sealed class SearchModule : IIntranetModule
{
    public string Name => "Search";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RebuildOptions>(configuration.GetSection(RebuildOptions.Section));
        services.AddSingleton<ChangeLogSignal>();
        services.AddSingleton<SearchAnalyzers>();
        services.AddSingleton<IndexGenerations>();
        services.AddSingleton<IndexStatus>();
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<ArticleDocumentBuilder>();
        services.AddSingleton<SynonymTable>();
        services.AddSingleton<BestBetTable>();
        services.AddSingleton<SnippetMaker>();
        services.AddSingleton<PermissionFilterCache>();
        services.AddSingleton<SearchService>();
        services.AddSingleton<SuggestService>();
        services.AddMemoryCache();
        services.AddSingleton<IRelatedArticles, RelatedArticles>();
        services.AddSingleton<RebuildLauncher>();
        services.AddScoped<ArticleDocuments>();
        services.AddScoped<ChangeLogIndexer>();
        services.AddScoped<IndexRebuilder>();
        services.AddScoped<SearchReaders>();
        services.AddScoped<SearchStatistics>();
        services.AddScoped<IndexOverview>();
        services.AddScoped<ICliCommand, SearchRebuildCommand>();
        services.AddHostedService<IndexingService>();
        services.AddHealthChecks().AddCheck<SearchIndexHealthCheck>("search-index");
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => SearchModel.Configure(modelBuilder);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        SearchEndpoints.Map(endpoints);
        SearchAdminEndpoints.Map(endpoints);
    }

    public IEnumerable<NavigationItem> Navigation =>
    [
        new("Søk", "/admin/sok", 110, NavigationArea.Admin, Core.Security.Permissions.ManageContent),
    ];
}
