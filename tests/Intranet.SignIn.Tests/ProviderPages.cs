using System.Net;

namespace Intranet.SignIn.Tests;

/// <summary>The provider's own login form (plain HTML; the test fills it in like a person would).</summary>
internal static class ProviderPages
{
    public static string LoginForm(string returnUrl, bool failed = false) => $"""
        <!doctype html><html lang="en"><head><title>Test provider</title></head><body>
        <h1>Test provider sign-in</h1>{(failed ? "<p>Wrong password</p>" : "")}
        <form method="post" action="/login">
          <input type="hidden" name="returnUrl" value="{WebUtility.HtmlEncode(returnUrl)}" />
          <label>User <input name="username" /></label>
          <label>Password <input name="password" type="password" /></label>
          <button type="submit">Sign in</button>
        </form></body></html>
        """;
}
