namespace Intranet.Media.Models;

/// <summary>The image formats we take. Everything else (SVG, BMP, TIFF, …) is refused before any decoder sees it.</summary>
public enum ImageFormatKind
{
    Jpeg,
    Png,
    Gif,
    Webp,
}

public static class ImageFormatKinds
{
    public static string ContentType(this ImageFormatKind kind) => kind switch
    {
        ImageFormatKind.Jpeg => "image/jpeg",
        ImageFormatKind.Png => "image/png",
        ImageFormatKind.Gif => "image/gif",
        _ => "image/webp",
    };
}
