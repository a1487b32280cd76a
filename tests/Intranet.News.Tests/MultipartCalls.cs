using System.Net.Http.Headers;
using Intranet.Testing;

namespace Intranet.News.Tests;

/// <summary>Posts a form with files (multipart), with the antiforgery token taken from the form page.</summary>
internal static class MultipartCalls
{
    public static async Task<HttpResponseMessage> PostMultipartAsync(this HttpClient client, string url,
        Dictionary<string, string> fields, params (string Name, byte[] Content)[] files)
    {
        var token = HttpClientExtensions.AntiforgeryToken(await client.GetStringAsync(url))
                    ?? throw new InvalidOperationException($"No antiforgery token on {url}");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var (key, value) in fields) form.Add(new StringContent(value), key);
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(part, "Attachments", name);
        }
        return await client.PostAsync(url, form);
    }

    /// <summary>A small but well-formed-looking PDF: the header is what the server checks.</summary>
    public static byte[] Pdf(string marker) =>
        System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% {marker}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
}
