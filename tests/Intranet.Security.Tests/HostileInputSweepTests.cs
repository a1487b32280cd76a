using System.Diagnostics;
using Intranet.Core.Data;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Xunit.Abstractions;

namespace Intranet.Security.Tests;

/// <summary>
/// "Nothing a user types or uploads may produce a 500": every route of the running host, found from its endpoint data
/// sources, is sent hostile route values, query strings, form posts (with a valid antiforgery token) and API bodies, as
/// an employee, communications staff and the administrator. Every 5xx is collected and reported at once, and so is every
/// API refusal that is not Norwegian problem+json. The sweep changes and deletes things, so it has a host of its own,
/// reads before it writes, and deletes and signs out last.
/// </summary>
[Collection(HostileSweepCollection.Name)]
public sealed class HostileInputSweepTests(SweepSecuritySite site, ITestOutputHelper output)
{
    private static readonly string[] Roles = [DemoUsers.Ansatt, DemoUsers.Kommunikasjon, DemoUsers.Admin];

    [Fact]
    public async Task No_hostile_input_gives_a_server_error_and_api_refusals_are_norwegian_problems()
    {
        var log = new SweepLog();
        var harvest = new LinkHarvest();
        var clock = Stopwatch.StartNew();
        await SeedUnlinkedTargetsAsync(harvest);
        var routes = await SweepGetsAsync(log, harvest);
        output.WriteLine($"GET: {routes.Count} routes, {log.Requests} requests, {clock.Elapsed}");
        var before = log.Requests;
        var apis = await SweepApiBodiesAsync(log, harvest);
        output.WriteLine($"API bodies: {apis} endpoints, {log.Requests - before} requests, {clock.Elapsed}");
        before = log.Requests;
        var handlers = await SweepFormsAsync(log, harvest);
        output.WriteLine($"Forms: {handlers} handlers, {log.Requests - before} requests, {clock.Elapsed}");
        output.WriteLine($"Answers: {log.StatusSummary}");
        output.WriteLine("Routes with parameters but no harvested real values: " + string.Join(", ",
            routes.Select(r => r.Route).Where(r => r.Contains('{') && harvest.ValuesFor(r) is [{ Count: 0 }])));
        Assert.True(log.ServerErrors.Count == 0 && log.ProblemViolations.Count == 0, log.Report());
    }

    /// <summary>Reads first (every role, then anonymous), so the links it harvests give the later phases real targets.</summary>
    private async Task<IReadOnlyList<EndpointCatalogue.GetRoute>> SweepGetsAsync(SweepLog log, LinkHarvest harvest)
    {
        var routes = await EndpointCatalogue.GetRoutesAsync(site.Services);
        Assert.True(routes.Count > 70, $"only {routes.Count} GET routes found");
        foreach (var role in Roles)
            await new GetSweep(await site.SignInAsync(role), role, log, harvest).RunAsync(routes);
        await new GetSweep(site.Anonymous(cookies: true), "anonym", log, harvest).RunAsync(routes);
        return routes;
    }

    private async Task<int> SweepApiBodiesAsync(SweepLog log, LinkHarvest harvest)
    {
        var apis = EndpointCatalogue.UnsafeApiEndpoints(site.Services).Where(e => e.Endpoint.RoutePattern.RawText!.StartsWith("/api")).ToList();
        Assert.True(apis.Count >= 6, $"only {apis.Count} unsafe API endpoints found");
        foreach (var role in Roles)
            await new ApiBodySweep(await site.Site.TokenClientAsync(role), role, log, harvest).RunAsync(apis);
        await new ApiBodySweep(site.Anonymous(), "anonym", log, harvest).RunAsync(apis);
        return apis.Count;
    }

    /// <summary>Writes last: the administrator's sweep re-roles, deletes and signs out, so it comes after the others.</summary>
    private async Task<int> SweepFormsAsync(SweepLog log, LinkHarvest harvest)
    {
        var handlers = await EndpointCatalogue.UnsafePageHandlersAsync(site.Services);
        Assert.True(handlers.Count > 40, $"only {handlers.Count} unsafe page handlers found");
        var targets = await SacrificialTargetsAsync();
        foreach (var role in Roles)
        {
            var forms = new PageFormSweep(() => site.SignInAsync(role), role, log, harvest, targets);
            await forms.RunAsync(handlers, realForms: role != DemoUsers.Kommunikasjon);
            if (role == DemoUsers.Admin)
                output.WriteLine($"Real forms posted field by field: {forms.RealForms}; none on the page for {forms.MissingRealForms.Count} handlers "
                    + "(script-only handlers, buttons on rows that are not there): " + string.Join(", ", forms.MissingRealForms));
        }
        return handlers.Count;
    }

    /// <summary>A user and an article of the sweep's own, for the handlers that delete or re-role what their route names.</summary>
    private async Task<Dictionary<string, Dictionary<string, string>>> SacrificialTargetsAsync()
    {
        var userName = await TestUsers.CreateAsync(site.Services, "Sveip Offer");
        var story = await site.PostJsonOkAsync(DemoUsers.Ansatt, "/api/stories", new { title = "Sveipens egen historie", body = "Kan slettes.", values = new[] { "tydelig" }, audience = "internal", submit = false });
        using var scope = site.Services.CreateScope();
        var userId = await scope.ServiceProvider.GetRequiredService<IntranetDbContext>().Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        var user = new Dictionary<string, string> { ["id"] = userId };
        return new()
        {
            ["/admin/brukere/{id}"] = user,
            ["/admin/brukere/{id}/slett"] = user,
            ["/admin/innhold/{id:int}/slett"] = new() { ["id"] = story.GetProperty("id").GetInt32().ToString() },
        };
    }

    /// <summary>Real targets no page links to: a submitted story (the review API, the article API), an uploaded image and a
    /// council note's PDF attachment.</summary>
    private async Task SeedUnlinkedTargetsAsync(LinkHarvest harvest)
    {
        var story = await site.PostJsonOkAsync(DemoUsers.Ansatt, "/api/stories", new { title = "Sveipens innsendte historie", body = "Til vurdering.", values = new[] { "tydelig" }, audience = "internal", submit = true });
        var id = story.GetProperty("id").GetInt32();
        harvest.AddPath($"/api/stories/{id}/review");
        harvest.AddPath($"/api/articles/{id}");
        var png = new ByteArrayContent(Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        png.Headers.ContentType = new("image/png");
        var upload = await (await site.TokenClientAsync(DemoUsers.Ansatt)).PostAsync("/api/media",
            new MultipartFormDataContent { { png, "file", "sveip.png" }, { new StringContent("Sveipebilde"), "alt" } });
        var media = System.Text.Json.JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        foreach (var size in new[] { "thumb", "medium", "large", "original" }) harvest.AddPath($"/media/{media}/{size}");
        var (_, _, attachments) = await SecurityData.CornerNoteAsync(site, "Sveipens notat", "Med vedlegg.",
            MultipartCalls.PdfPart("sveip.pdf", MultipartCalls.Pdf("sveip")));
        foreach (var link in attachments) harvest.AddPath(link);
    }
}

/// <summary>The sweep's own host: it deletes, re-roles and signs out, which the shared catalogue host must not see.</summary>
[CollectionDefinition(Name)]
public sealed class HostileSweepCollection : ICollectionFixture<SweepSecuritySite>
{
    public const string Name = "hostile-sweep";
}
