using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Intranet.Core.Home;
using Intranet.Core.Navigation;
using Intranet.Core.Security;

namespace Intranet.Core.Modules;

/// <summary>
/// A module owns one capability: its services, data model, endpoints, navigation, permissions and
/// search-index contributions. The host lists modules explicitly (see ModuleCatalog in Intranet.Web).
/// </summary>
public interface IIntranetModule
{
    string Name { get; }

    void ConfigureServices(IServiceCollection services, IConfiguration configuration) { }

    /// <summary>Adds this module's entities to the one shared EF model.</summary>
    void ConfigureModel(ModelBuilder modelBuilder) { }

    void MapEndpoints(IEndpointRouteBuilder endpoints) { }

    IEnumerable<NavigationItem> Navigation => [];

    IEnumerable<Permission> Permissions => [];

    IEnumerable<HomeSection> HomeSections => [];
}
