using System.Security.Cryptography;
using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Time;
using Intranet.Media.Models;

namespace Intranet.Media.Services;

/// <summary>
/// Takes an upload from bytes to a stored media item: admission checks, bounded-concurrency processing
/// (orient, strip, re-encode, named sizes), the store, then the database row.
/// </summary>
public sealed class MediaUploadService(
    ImageAdmission admission,
    IImageProcessor images,
    ImageWorkLimiter limiter,
    IMediaStore store,
    IntranetDbContext db,
    IAuditLog audit,
    IClock clock)
{
    public const int MaxAltLength = 500;

    public async Task<MediaItem> UploadAsync(byte[] data, string? fileName, string? alt, Actor uploader, CancellationToken ct = default)
    {
        var altText = ValidAlt(alt);
        var (facts, _) = admission.Admit(data);
        var processed = await limiter.RunAsync(() => Process(data, facts), ct);
        var original = processed.Renditions[MediaSizes.Original];
        var item = new MediaItem
        {
            Id = Guid.NewGuid(),
            Alt = altText,
            OriginalFileName = FileNames.ForDisplay(fileName),
            ContentType = facts.Format.ContentType(),
            Width = processed.Width,
            Height = processed.Height,
            Bytes = original.Length,
            UploadedById = uploader.UserId,
            UploadedByName = uploader.UserName,
            CreatedAt = clock.UtcNow,
            Hash = Convert.ToHexStringLower(SHA256.HashData(original))[..16],
        };
        foreach (var (size, bytes) in processed.Renditions) await store.SaveAsync(item.Id, size, bytes, ct);
        db.Set<MediaItem>().Add(item);
        audit.Record(uploader, "upload", "media", item.Id.ToString("N"), $"«{item.Alt}» {item.Width}×{item.Height}");
        await db.SaveChangesAsync(ct);
        return item;
    }

    public static string ValidAlt(string? alt)
    {
        var text = alt?.Trim() ?? "";
        if (text.Length == 0)
            throw new MediaRejectedException(400, "Alternativ tekst mangler",
                "Skriv en alternativ tekst som forteller hva bildet viser, for dem som ikke ser det.", "alt");
        if (text.Length > MaxAltLength)
            throw new MediaRejectedException(400, "Alternativ tekst er for lang",
                $"Alternativ tekst kan være høyst {MaxAltLength} tegn.", "alt");
        return text;
    }

    private ProcessedImage Process(byte[] data, Inspection.ImageFacts facts)
    {
        try
        {
            return images.Process(data, facts.Format, facts.Orientation);
        }
        catch (UnreadableImageException)
        {
            throw ImageAdmission.Damaged();
        }
    }
}
