using Intranet.Core.Caching;
using Intranet.Core.Modules;
using Intranet.Web.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Intranet.Web.Hosting;

/// <summary>The middleware order, in one place.</summary>
internal static class IntranetPipeline
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await DatabaseSetup.MigrateAsync(app.Services);
        await KeyRingWarmup.EnsureKeyRingAsync(app.Services);
    }

    public static void UseIntranet(this WebApplication app, IReadOnlyList<IIntranetModule> modules)
    {
        app.UseForwardedHeaders(ForwardedHeadersSetup.Options(app.Configuration));
        app.UseMiddleware<NodeHeaderMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        ErrorHandling.Use(app);
        if (!app.Environment.IsDevelopment() && !app.Configuration.GetValue<bool>("Intranet:DisableHttpsRedirection"))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseStaticFiles();
        // A signed-in reader's repeat view is answered here, before cookie parsing, routing and authentication.
        app.UseSignedInPageCache();
        app.UseRequestLocalization();
        app.UseMiddleware<CulturePersistenceMiddleware>();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        // A signed-in browser's own change gets a new Cookie header, so its per-session cached pages miss everywhere.
        app.UsePageVersionCookie();
        app.UseAuthorization();
        // After authorization: a page the reader may not open is refused before any cached copy is looked up.
        app.UseOutputCache();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync });
        foreach (var module in modules) module.MapEndpoints(app);
        app.MapRazorPages();
    }
}
