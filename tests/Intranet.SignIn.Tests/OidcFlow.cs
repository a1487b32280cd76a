using System.Net;
using System.Text.RegularExpressions;
using Intranet.Testing;

namespace Intranet.SignIn.Tests;

/// <summary>A person's browser, as an HttpClient with its own cookies that follows redirects across both hosts.</summary>
public sealed partial class OidcFlow : IDisposable
{
    private readonly HttpClient _client;

    public OidcFlow(string intranetUrl)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true, MaxAutomaticRedirections = 20 };
        _client = new HttpClient(handler) { BaseAddress = new Uri(intranetUrl) };
    }

    public HttpClient Client => _client;

    /// <summary>Start at /logg-inn/ekstern, log in at the provider if it asks, and return the final response.</summary>
    public async Task<HttpResponseMessage> SignInAsync(ProviderUser user)
    {
        var response = await _client.GetAsync("/logg-inn/ekstern");
        if (response.RequestMessage!.RequestUri!.AbsolutePath == "/login")
        {
            var form = await response.Content.ReadAsStringAsync();
            var returnUrl = WebUtility.HtmlDecode(ReturnUrl().Match(form).Groups[1].Value);
            var login = new Uri(response.RequestMessage.RequestUri, "/login");
            response = await _client.PostAsync(login, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["returnUrl"] = returnUrl, ["username"] = user.UserName, ["password"] = user.Password,
            }));
        }
        return response;
    }

    /// <summary>Posts the logout form and returns the response at the end of the redirects.</summary>
    public Task<HttpResponseMessage> SignOutAsync() => _client.PostFormAsync("/logg-ut", new Dictionary<string, string>());

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"returnUrl\" value=\"([^\"]*)\"")]
    private static partial Regex ReturnUrl();
}
