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
    private static readonly string[] Destructive = ["logg-ut", "slett", "tokens", "passord", "innlogging", "Delete", "Revoke", "SignOut", "Remove"];

    public async Task RunAsync(IReadOnlyList<EndpointCatalogue.PageHandler> handlers)
    {
        var client = await signIn();
        var token = await TokenAsync(client);
        foreach (var handler in handlers.OrderBy(IsDestructive).ThenBy(h => h.Route.Contains("innlogging")).ThenBy(h => h.Route))
        {
            foreach (var url in Urls(handler))
            foreach (var (label, content) in Bodies(handler, token))
            {
                using var request = new HttpRequestMessage(new HttpMethod(handler.Method), url) { Content = content };
                (await log.SendAsync(client, request, role, label)).Response?.Dispose();
            }
            if (!IsDestructive(handler)) continue;
            client = await signIn();
            token = await TokenAsync(client);
        }
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
