using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Intranet.Media.Api;

/// <summary>
/// Streams a multipart upload section by section, counting the file's bytes as they arrive. Past the limit it
/// keeps reading but discards, so the client gets a clean 413 instead of a reset connection, and we never hold
/// more than the limit in memory. Form binding is not used: it would buffer first and count later.
/// </summary>
internal static class MultipartUploadReader
{
    private const int MaxTextFieldBytes = 8 * 1024;
    private const int ChunkSize = 81920;

    public static bool IsMultipart(HttpRequest request, out string boundary)
    {
        boundary = "";
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)) return false;
        boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value ?? "";
        return boundary.Length is > 0 and <= 200;
    }

    public static async Task<UploadForm> ReadAsync(HttpRequest request, string boundary, long maxFileBytes, CancellationToken ct)
    {
        var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 * 1024 };
        byte[]? file = null;
        string? fileName = null, alt = null;
        var tooLarge = false;
        while (await reader.ReadNextSectionAsync(ct) is { } section)
        {
            var disposition = section.GetContentDispositionHeader();
            var name = HeaderUtilities.RemoveQuotes(disposition?.Name ?? default).Value;
            if (name == "file" && file is null && !tooLarge && disposition is { } part && part.IsFileDisposition())
            {
                fileName = HeaderUtilities.RemoveQuotes(part.FileNameStar.HasValue ? part.FileNameStar : part.FileName).Value;
                file = await ReadLimitedAsync(section.Body, maxFileBytes, request.ContentLength, ct);
                tooLarge = file is null;
            }
            else if (name == "alt" && alt is null)
                alt = await ReadTextAsync(section.Body, ct);
            else
                await DrainAsync(section.Body, ct);
        }
        return new UploadForm(file, fileName, alt, tooLarge);
    }

    /// <summary>The whole body, or null (after draining it) when it is longer than <paramref name="limit"/>.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, long limit, long? contentLength, CancellationToken ct)
    {
        var initial = (int)Math.Min(limit + 1, Math.Max(contentLength ?? 0, ChunkSize));
        using var buffer = new MemoryStream(initial);
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                await DrainAsync(body, ct);
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static async Task<string> ReadTextAsync(Stream body, CancellationToken ct)
    {
        var bytes = await ReadLimitedAsync(body, MaxTextFieldBytes, null, ct);
        return bytes is null ? new string('x', MaxTextFieldBytes) : Encoding.UTF8.GetString(bytes);
    }

    private static async Task DrainAsync(Stream body, CancellationToken ct)
    {
        var chunk = new byte[ChunkSize];
        while (await body.ReadAsync(chunk, ct) > 0) { }
    }
}
