using Intranet.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace Intranet.Foundation.Tests.Nynorsk;

/// <summary>The real host whose localizer records the keys nynorsk pages asked for and the catalog lacks.</summary>
public sealed class NynorskHost : IntranetFactory
{
    public RecordingLocalizer Localizer { get; } = new(UiAssemblies.Catalog);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s =>
        {
            s.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory>(Localizer));
            s.Replace(ServiceDescriptor.Singleton<IStringLocalizer>(Localizer));
        });
    }
}
