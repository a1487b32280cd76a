using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Stories.Tests;

/// <summary>Helpers: cookie clients that carry the antiforgery header for the API, and quick story set-ups.</summary>
public static class StoryTestClient
{
    public const string Consent = "Bruker Ola N. ga skriftlig samtykke til meg 1. november.";

    /// <summary>A cookie session plus X-CSRF-TOKEN (taken from a form page), as the browser's script would send.</summary>
    public static async Task<HttpClient> ApiClientAsync(this IntranetFactory factory, string username)
    {
        var client = await factory.SignedInClientAsync(username);
        var page = await client.GetStringAsync("/historier/ny");
        client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", HttpClientExtensions.AntiforgeryToken(page));
        return client;
    }

    public static Task<HttpResponseMessage> PostStoryAsync(this HttpClient client, string title, string audience = "internal",
        string? consent = Consent, bool submit = true, string? unit = null, string[]? values = null, bool namesPeople = false) =>
        client.PostAsJsonAsync("/api/stories", new
        {
            title,
            body = $"Vi prøvde noe nytt: **{title}**. Det ble bedre for brukerne.",
            unit,
            values = values ?? ["losningsvillig"],
            audience,
            consent = consent is null ? null : new { statement = consent, obtainedAt = "2026-11-01T00:00:00Z" },
            imageIds = Array.Empty<string>(),
            submit,
            namesPeople,
        });

    public static async Task<int> CreateStoryAsync(this HttpClient client, string title, string audience = "internal", string? unit = null,
        string[]? values = null)
    {
        var response = await client.PostStoryAsync(title, audience, unit: unit, values: values);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    public static async Task<int> CreateDraftAsync(this HttpClient client, string title)
    {
        var response = await client.PostStoryAsync(title, submit: false);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    public static Task<HttpResponseMessage> ReviewAsync(this HttpClient client, int id, string decision, string comment = "") =>
        client.PostAsJsonAsync($"/api/stories/{id}/review", new { decision, comment });

    /// <summary>ansatt writes and submits, kommunikasjon approves: a live story.</summary>
    public static async Task<Article> PublishedStoryAsync(this IntranetFactory factory, HttpClient author, HttpClient comms, string title, string audience = "public")
    {
        var id = await author.CreateStoryAsync(title, audience);
        var review = await comms.ReviewAsync(id, "approve");
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        return await factory.ArticleAsync(id);
    }

    /// <summary>Deletes a user as an administrator does: the confirmation page's form at /admin/brukere/{id}/slett.</summary>
    public static async Task DeleteUserThroughAdminPageAsync(this IntranetFactory factory, string username)
    {
        var id = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == username).Select(u => u.Id).SingleAsync());
        var admin = await factory.SignedInClientAsync(DemoUsers.Admin);
        var response = await admin.PostFormAsync($"/admin/brukere/{id}/slett", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/brukere?slettet=true", response.Headers.Location?.ToString());
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == id)));
    }

    public static async Task<Article> ArticleAsync(this IntranetFactory factory, int id)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IntranetDbContext>().Articles.AsNoTracking().SingleAsync(a => a.Id == id);
    }

    public static async Task<T> WithDbAsync<T>(this IntranetFactory factory, Func<IntranetDbContext, Task<T>> work)
    {
        using var scope = factory.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<IntranetDbContext>());
    }
}
