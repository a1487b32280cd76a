using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Core.Models;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Xunit;

namespace Intranet.Cluster.Tests;

/// <summary>
/// The story's way through the cluster, every request through nginx: an employee uploads an image and submits a
/// public story with it through the editor form, communications approves it through the API with a bearer token,
/// and the employee reads it back.
/// </summary>
public sealed partial class TwoNodeClusterTests
{
    private sealed record UploadedImage(string Id, string Url);

    /// <summary>As the editor's upload widget does: the token from the editor page, the file to /api/media.</summary>
    private async Task<UploadedImage> UploadImageAsync()
    {
        var page = await _client.GetStringAsync("/historier/ny");
        using var image = new MemoryStream();
        using (var picture = new Image<Rgba32>(120, 80, new Rgba32(30, 120, 200))) picture.SaveAsPng(image);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(image.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", "klynge.png");
        form.Add(new StringContent("Blått testbilde"), "alt");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/media") { Content = form };
        request.Headers.Add("X-CSRF-TOKEN", HttpClientExtensions.AntiforgeryToken(page));
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new(json.GetProperty("id").GetString()!, json.GetProperty("urls").GetProperty("medium").GetString()!);
    }

    /// <summary>/historier/ny posted with "Send til vurdering": the story waits for review.</summary>
    private async Task<int> SubmitStoryAsync(UploadedImage image)
    {
        var submitted = await _client.PostFormAsync("/historier/ny", new()
        {
            ["Form.Title"] = Title,
            ["Form.Body"] = $"Vi fikk det til sammen.\n\n![Blått testbilde]({image.Url})",
            ["Form.ImageIds"] = image.Id,
            ["Form.Values"] = "tydelig",
            ["Form.Audience"] = "public",
            ["Form.NamesPeople"] = "false",
            ["Form.ConsentStatement"] = "Alle på bildet samtykket skriftlig.",
            ["Form.ConsentObtainedAt"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"),
            ["action"] = "submit",
        });
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal("/historier/mine", submitted.Headers.Location!.OriginalString);
        Assert.Contains(Title, await _client.TextAsync("/historier/mine"));
        var id = await WithDbAsync(db => db.Articles.Where(a => a.Title == Title && a.Kind == ArticleKinds.Story).Select(a => a.Id).SingleAsync());
        var story = await _client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
        Assert.Equal("submitted", story.GetProperty("status").GetString());
        return id;
    }

    /// <summary>A bearer token issued by one node, used on the other.</summary>
    private async Task<HttpClient> TokenClientAsync(string username)
    {
        var client = BalancedClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { username, password = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task ApproveAsync(HttpClient reviewer, int storyId)
    {
        var response = await reviewer.PostAsJsonAsync($"/api/stories/{storyId}/review", new { decision = "approve", comment = "Flott, publiseres." });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("published", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    /// <summary>The author reads the story, then its page and its image twice each through nginx: once from each node.</summary>
    private async Task<string> ReadBackThroughBothNodesAsync(int storyId, UploadedImage image)
    {
        var story = await _client.GetFromJsonAsync<JsonElement>($"/api/articles/{storyId}");
        Assert.Equal("published", story.GetProperty("status").GetString());
        Assert.Contains(image.Url.Split('?')[0], story.GetProperty("bodyHtml").GetString());
        var url = story.GetProperty("url").GetString()!;
        var before = _recorder.Answers.Count;
        Assert.Contains(Title, await _client.TextAsync(url));
        Assert.Contains(Title, await _client.TextAsync(url));
        for (var i = 0; i < 2; i++)
        {
            var picture = await _client.GetAsync(image.Url);
            Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
            Assert.StartsWith("image/", picture.Content.Headers.ContentType?.MediaType);
            Assert.NotEmpty(await picture.Content.ReadAsByteArrayAsync());
        }
        var nodes = _recorder.Answers.Skip(before).Select(a => (a.Path, a.Node)).Distinct().ToList();
        Assert.Equal(4, nodes.Count); // the story page and the image, each from both nodes
        return url;
    }
}
