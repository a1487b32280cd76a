namespace Intranet.Media.Services;

/// <summary>An upload we refuse, with its HTTP status and a Norwegian explanation for the problem+json answer.</summary>
public sealed class MediaRejectedException(int status, string title, string detail, string field = "file")
    : Exception(detail)
{
    public int Status { get; } = status;
    public string Title { get; } = title;
    public string Field { get; } = field;

    public static MediaRejectedException TooLarge(long maxBytes) =>
        new(413, "Filen er for stor", $"Bildet kan være høyst {maxBytes / (1024 * 1024)} MB.");

    public static MediaRejectedException Unsupported() =>
        new(415, "Filtypen støttes ikke", "Vi tar bare imot bilder i formatene JPEG, PNG, GIF og WebP.");

    public static MediaRejectedException Unsafe(string detail) =>
        new(422, "Bildet kan ikke brukes", detail);
}
