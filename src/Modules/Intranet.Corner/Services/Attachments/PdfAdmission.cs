using Intranet.Core.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Intranet.Corner.Services.Attachments;

/// <summary>
/// Lets only PDF files in: the first bytes must be <c>%PDF-</c> (the name and the browser's content type are
/// not trusted), not empty, and at most <see cref="AttachmentOptions.MaxBytes"/>. Errors are Norwegian, keyed "attachments".
/// </summary>
public sealed class PdfAdmission(IOptions<AttachmentOptions> options)
{
    public const string Field = "attachments";
    private static readonly byte[] Magic = "%PDF-"u8.ToArray();

    /// <summary>Reads every file (checked, bounded) or throws before anything is stored.</summary>
    public async Task<List<AdmittedPdf>> AdmitAsync(IReadOnlyList<IFormFile> files, CancellationToken ct)
    {
        var limits = options.Value;
        var real = files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        if (real.Count > limits.MaxFilesPerPost)
            throw ValidationFailedException.For(Field, "Du har valgt for mange filer. Se grensen under feltet.");
        var admitted = new List<AdmittedPdf>();
        foreach (var file in real) admitted.Add(await AdmitOneAsync(file, limits.MaxBytes, ct));
        return admitted;
    }

    private static async Task<AdmittedPdf> AdmitOneAsync(IFormFile file, long maxBytes, CancellationToken ct)
    {
        var name = AttachmentNames.ForDisplay(file.FileName);
        // Fixed messages (no file name in them) so the page can show them in nynorsk too.
        if (file.Length == 0) throw ValidationFailedException.For(Field, "En av filene er tom.");
        if (file.Length > maxBytes) throw ValidationFailedException.For(Field, "En av filene er for stor. Se grensen under feltet.");
        using var buffer = new MemoryStream((int)file.Length);
        await using (var stream = file.OpenReadStream()) await stream.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        if (!IsPdf(bytes)) throw ValidationFailedException.For(Field, "En av filene er ikke en PDF-fil. Bare PDF kan legges ved.");
        return new AdmittedPdf(name, bytes);
    }

    public static bool IsPdf(ReadOnlySpan<byte> bytes) => bytes.Length > Magic.Length && bytes[..Magic.Length].SequenceEqual(Magic);
}

public sealed record AdmittedPdf(string FileName, byte[] Content);
