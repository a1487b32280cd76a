using System.Net.Http.Headers;

namespace Intranet.Testing;

/// <summary>Posts a form with files (multipart), with the antiforgery token taken from the form page.</summary>
public static class MultipartCalls
{
    public static Task<HttpResponseMessage> PostMultipartAsync(this HttpClient client, string url,
        Dictionary<string, string> fields, params (string Name, byte[] Content)[] files) =>
        client.PostMultipartAsync(url, fields, files.Select(f => PdfPart(f.Name, f.Content)));

    /// <summary>The fields and the given file parts (see <see cref="PdfPart"/>) in one multipart form.</summary>
    public static async Task<HttpResponseMessage> PostMultipartAsync(this HttpClient client, string url,
        Dictionary<string, string> fields, IEnumerable<HttpContent> files)
    {
        var token = HttpClientExtensions.AntiforgeryToken(await client.GetStringAsync(url))
                    ?? throw new InvalidOperationException($"No antiforgery token on {url}");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var (key, value) in fields) form.Add(new StringContent(value), key);
        foreach (var file in files) form.Add(file);
        return await client.PostAsync(url, form);
    }

    /// <summary>
    /// A PDF part of the "Attachments" field, named as browsers do: the name as typed in <c>filename*</c> (RFC 5987, which
    /// the server prefers, so any character, CR and LF included, arrives as typed) and a plain ASCII <c>filename</c>.
    /// </summary>
    public static HttpContent PdfPart(string fileName, byte[] content)
    {
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var ascii = new string(fileName.Select(c => c is >= ' ' and <= '~' and not ('"' or '\\') ? c : '_').ToArray());
        part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data")
        {
            Name = "\"Attachments\"", FileName = "\"" + ascii + "\"", FileNameStar = fileName,
        };
        return part;
    }

    /// <summary>A small but well-formed-looking PDF: the header is what the server checks.</summary>
    public static byte[] Pdf(string marker) =>
        System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% {marker}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
}
