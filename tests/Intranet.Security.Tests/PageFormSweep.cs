using System.Net.Http.Headers;
using System.Text;
using Intranet.Testing;

namespace Intranet.Security.Tests;

/// <summary>
/// The form half of the sweep for one role: every unsafe page handler, at real route values (a sacrificial user or article
/// where the handler deletes or re-roles) and at a hostile one, posted with a valid antiforgery token and every bound
/// form field set to one hostile value per post (plus duplicated keys, and a non-image file where it takes files).
/// Handlers that end sessions or delete run last, and the role signs in afresh after each of them.
/// </summary>
public sealed class PageFormSweep(Func<Task<HttpClient>> signIn, string role, SweepLog log, LinkHarvest harvest,
    IReadOnlyDictionary<string, Dictionary<string, string>> sacrificial)
{
    private const int MaxRealFields = 15;

    /// <summary>Handlers whose page showed no form for them (so only the reflected fields were posted).</summary>
    public List<string> MissingRealForms { get; } = [];

    public int RealForms { get; private set; }
    private static readonly string[] Destructive = ["logg-ut", "slett", "tokens", "passord", "innlogging", "Delete", "Revoke", "SignOut", "Remove"];

    public async Task RunAsync(IReadOnlyList<EndpointCatalogue.PageHandler> handlers, bool realForms)
    {
        (HttpClient Client, string Token)? session = null;
        foreach (var handler in handlers.OrderBy(IsDestructive).ThenBy(h => h.Route.Contains("innlogging")).ThenBy(h => h.Route))
        {
            // Signed in again only when needed: the last handler may have hidden the local sign-in form.
            session ??= await SessionAsync();
            var (client, token) = session.Value;
            var urls = Urls(handler).ToList();
            foreach (var url in urls)
            foreach (var (label, content) in Bodies(handler, token))
                await PostAsync(client, handler.Method, url, label, content);
            if (realForms) await RealFormAsync(client, handler);
            if (IsDestructive(handler)) session = null;
        }
    }

    /// <summary>The page's own form for the handler (at the first real route values whose page shows it), posted once per
    /// field with that field made hostile.</summary>
    private async Task RealFormAsync(HttpClient client, EndpointCatalogue.PageHandler handler)
    {
        var route = "/" + handler.Route.TrimStart('/');
        var candidates = sacrificial.TryGetValue(route, out var target) ? [target] : harvest.ValuesFor(route);
        foreach (var path in candidates.Select(v => EndpointCatalogue.Fill(route, v)))
        {
            using var page = await client.GetAsync(path);
            if (!page.IsSuccessStatusCode || RealForm.For(await page.Content.ReadAsStringAsync(), path, handler.Name) is not { } form) continue;
            var url = path + (handler.Name is null ? "" : "?handler=" + handler.Name);
            foreach (var name in form.Select(f => f.Key).Where(n => n != "__RequestVerificationToken").Distinct().Take(MaxRealFields))
            foreach (var value in HostileValues.RealFormValues)
                await PostAsync(client, handler.Method, url, $"real form, {name}={GetSweep.Label(value)}",
                    new FormUrlEncodedContent(form.Where(f => f.Key != name).Append(new(name, value))));
            RealForms++;
            return;
        }
        MissingRealForms.Add($"{handler.Method} {route}{(handler.Name is null ? "" : "?handler=" + handler.Name)}");
    }

    private async Task PostAsync(HttpClient client, string method, string url, string label, HttpContent content)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = content };
        (await log.SendAsync(client, request, role, label)).Response?.Dispose();
    }

    private async Task<(HttpClient, string)> SessionAsync()
    {
        var client = await signIn();
        return (client, await TokenAsync(client));
    }

    private static bool IsDestructive(EndpointCatalogue.PageHandler h) =>
        Destructive.Any(d => h.Route.Contains(d, StringComparison.OrdinalIgnoreCase) || h.Name?.Contains(d, StringComparison.OrdinalIgnoreCase) == true);

    private IEnumerable<string> Urls(EndpointCatalogue.PageHandler handler)
    {
        var route = "/" + handler.Route.TrimStart('/');
        var query = handler.Name is null ? "" : "?handler=" + handler.Name;
        var real = sacrificial.TryGetValue(route, out var target) ? target : harvest.ValuesFor(route)[0];
        yield return EndpointCatalogue.Fill(route, real) + query;
        var parameters = Microsoft.AspNetCore.Routing.Patterns.RoutePatternFactory.Parse(route).Parameters;
        if (parameters.Count > 0)
            yield return EndpointCatalogue.Fill(route, parameters.ToDictionary(p => p.Name, _ => "99999999999999999999")) + query;
    }

    private static IEnumerable<(string Label, HttpContent Content)> Bodies(EndpointCatalogue.PageHandler handler, string token)
    {
        var fields = handler.Fields.Where(f => !f.IsFile).Select(f => f.Name).Append("id").Distinct().ToList();
        foreach (var value in HostileValues.FormValues)
            yield return ($"every field={GetSweep.Label(value)}", Form(token, fields.Select(f => (f, value))));
        yield return ("every field twice", Form(token, fields.SelectMany(f => new[] { (f, "1"), (f, "abc") })));
        var typed = handler.Fields.Where(f => !f.IsFile).ToList();
        foreach (var (label, pick) in TypedVariants)
            yield return (label, Form(token, typed.Select(f => (f.Name, pick(Nullable.GetUnderlyingType(f.Type) ?? f.Type)))));
        if (handler.Fields.Any(f => f.IsFile))
            yield return ("non-image and empty files", Files(token, handler.Fields.Where(f => f.IsFile).Select(f => f.Name), fields));
    }

    /// <summary>Values of the right type but at the edges (so a post gets past binding and into the handler's own checks).</summary>
    private static readonly (string Label, Func<Type, string> Pick)[] TypedVariants =
    [
        ("typed: overflow, far future, unicode", t => t == typeof(int) || t == typeof(long) || t == typeof(short) ? "2147483648"
            : t == typeof(DateTime) || t == typeof(DateTimeOffset) || t == typeof(DateOnly) ? "9999-12-31T23:59:59" : t == typeof(TimeOnly) ? "25:61"
            : t == typeof(bool) ? "true" : t == typeof(Guid) ? Guid.NewGuid().ToString() : t.IsEnum ? "99" : "æøå😀 <b>x</b> ' \" --"),
        ("typed: 1, year 1, blank", t => t == typeof(int) || t == typeof(long) || t == typeof(short) ? "1"
            : t == typeof(DateTime) || t == typeof(DateTimeOffset) || t == typeof(DateOnly) ? "0001-01-01" : t == typeof(TimeOnly) ? "00:00"
            : t == typeof(bool) ? "on" : t == typeof(Guid) ? Guid.Empty.ToString() : t.IsEnum ? "-1" : " "),
    ];

    private static FormUrlEncodedContent Form(string token, IEnumerable<(string Name, string Value)> fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token)));

    private static MultipartFormDataContent Files(string token, IEnumerable<string> fileFields, IEnumerable<string> fields)
    {
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var f in fields) form.Add(new StringContent("abc"), f);
        foreach (var name in fileFields)
        {
            var fake = new ByteArrayContent(Encoding.ASCII.GetBytes("MZ this is not a PDF or an image"));
            fake.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(fake, name, "../../æøå😀<script>.pdf");
            form.Add(new ByteArrayContent([]), name, "tom.pdf");
        }
        return form;
    }

    private static async Task<string> TokenAsync(HttpClient client) =>
        HttpClientExtensions.AntiforgeryToken(await client.GetStringAsync("/")) ?? throw new InvalidOperationException("No antiforgery token on /");
}
