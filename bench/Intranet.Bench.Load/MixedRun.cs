using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Intranet.Bench.Load;

/// <summary>
/// The mixed run: readers, searchers, authors submitting stories and uploading images, and a reviewer approving
/// them, all at once. Every 201 story id is kept so the run can prove afterwards that none was lost.
/// </summary>
internal sealed class MixedRun(HttpClient http, Targets targets, AuthenticationHeaderValue author, AuthenticationHeaderValue reviewer)
{
    private static readonly byte[] Png = Convert.FromBase64String(BenchImage.Png);
    private readonly ConcurrentQueue<int> _toReview = new();
    public ConcurrentBag<int> Created { get; } = new();
    public ConcurrentBag<int> Approved { get; } = new();
    public ConcurrentDictionary<string, int> Operations { get; } = new();

    public Task<Stats> RunAsync(int users, TimeSpan duration) =>
        LoadRun.RunAsync("mixed", users, duration, async (worker, random, ct) =>
        {
            var roll = random.Next(100);
            var op = roll switch { < 45 => "read", < 65 => "search", < 80 => "submit", < 90 => "upload", _ => "review" };
            if (op == "review" && _toReview.IsEmpty) op = "read";
            Operations.AddOrUpdate(op, 1, (_, n) => n + 1);
            return op switch
            {
                "read" => await targets.ReadAsync(random, worker, ct),
                "search" => await targets.SearchAsync(random, worker, ct),
                "submit" => await SubmitAsync(worker, ct),
                "upload" => await UploadAsync(worker, ct),
                _ => await ReviewAsync(ct),
            };
        });

    private async Task<string?> SubmitAsync(int worker, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/stories")
        {
            Content = JsonContent.Create(new
            {
                title = $"Lasttest historie {worker}-{Guid.NewGuid():N}",
                body = "Vi prøvde en ny arbeidsmåte i hjemmetjenesten, og brukerne merket forskjellen.",
                values = new[] { "losningsvillig" },
                audience = "internal",
                submit = true,
            }),
        };
        request.Headers.Authorization = author;
        using var response = await http.SendAsync(request, ct);
        if (response.StatusCode != HttpStatusCode.Created) return $"POST /api/stories {(int)response.StatusCode}";
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetInt32();
        Created.Add(id);
        _toReview.Enqueue(id);
        return null;
    }

    private async Task<string?> UploadAsync(int worker, CancellationToken ct)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Png);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", $"last-{worker}.png");
        form.Add(new StringContent("Testbilde fra lasttesten"), "alt");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/media") { Content = form };
        request.Headers.Authorization = author;
        using var response = await http.SendAsync(request, ct);
        return response.IsSuccessStatusCode ? null : $"POST /api/media {(int)response.StatusCode}";
    }

    private async Task<string?> ReviewAsync(CancellationToken ct)
    {
        if (!_toReview.TryDequeue(out var id)) return null;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/stories/{id}/review")
        {
            Content = JsonContent.Create(new { decision = "approve", comment = "Godkjent i lasttesten." }),
        };
        request.Headers.Authorization = reviewer;
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode) return $"POST /api/stories/{{id}}/review {(int)response.StatusCode}";
        Approved.Add(id);
        return null;
    }
}
