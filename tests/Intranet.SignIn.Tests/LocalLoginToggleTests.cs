using System.Net;
using Intranet.Testing;

namespace Intranet.SignIn.Tests;

/// <summary>
/// With single sign-on configured an administrator can hide the username/password form; /logg-inn?lokal=1 keeps
/// showing it (recovery path). The provider is never contacted: rendering the login page does not need it.
/// </summary>
public sealed class LocalLoginToggleTests : SignInTestBase
{
    private const string PasswordInput = "name=\"Password\"";

    public LocalLoginToggleTests() =>
        Factory.With("Intranet:Oidc:Authority", "http://127.0.0.1:9/")
            .With("Intranet:Oidc:ClientId", "intranett")
            .With("Intranet:Oidc:ClientSecret", "hemmelig")
            .With("Intranet:Oidc:DisplayName", "Testkommune ID")
            .With("Intranet:Oidc:RequireHttpsMetadata", "false");

    [Fact]
    public async Task An_administrator_hides_the_local_form_and_lokal_1_still_shows_it()
    {
        var visitor = Browser();
        Assert.Contains(PasswordInput, await visitor.GetStringAsync("/logg-inn"));
        var admin = await Factory.SignedInClientAsync(DemoUsers.Admin);

        var hide = await admin.PostFormAsync("/admin/innlogging", new());
        Assert.Equal("/admin/innlogging?lagret=true", hide.Headers.Location!.OriginalString);
        var login = await visitor.GetStringAsync("/logg-inn");
        Assert.Contains("Logg inn med Testkommune ID", login);
        Assert.Contains("/logg-inn/kode", login);
        Assert.DoesNotContain(PasswordInput, login);
        Assert.DoesNotMatch("id=\"ShowLocalForm\"[^>]*checked", await admin.GetStringAsync("/admin/innlogging"));

        Assert.Contains(PasswordInput, await visitor.GetStringAsync("/logg-inn?lokal=1"));
        var recovery = await Browser().PostFormAsync("/logg-inn?lokal=1",
            new() { ["UserName"] = DemoUsers.Admin, ["Password"] = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.Redirect, recovery.StatusCode);

        var show = await admin.PostFormAsync("/admin/innlogging", new() { ["ShowLocalForm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, show.StatusCode);
        Assert.Contains(PasswordInput, await visitor.GetStringAsync("/logg-inn"));
    }
}
