using Intranet.Media.Models;

namespace Intranet.Media.Api;

/// <summary>The JSON answer of the contract: <c>{id, alt, width, height, urls:{thumb, medium, large}}</c>.</summary>
internal sealed record MediaResponse(string Id, string Alt, int Width, int Height, MediaResponse.SizeUrls Urls)
{
    public sealed record SizeUrls(string Thumb, string Medium, string Large);

    public static MediaResponse From(MediaItem item) => new(
        item.Id.ToString("N"), item.Alt, item.Width, item.Height,
        new SizeUrls(item.Url(MediaSizes.Thumb), item.Url(MediaSizes.Medium), item.Url(MediaSizes.Large)));
}
