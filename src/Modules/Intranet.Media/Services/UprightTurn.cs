using SixLabors.ImageSharp.Processing;

namespace Intranet.Media.Services;

/// <summary>
/// The rotate-then-flip that shows a photo as its EXIF orientation (1–8) says it should be seen. Part of
/// <see cref="ImageSharpProcessor"/>: applying it to a copy lets the processor turn each small size and the
/// original's own copy instead of turning the full-size image before everything else
/// (a test checks it against ImageSharp's AutoOrient for every orientation).
/// </summary>
internal static class UprightTurn
{
    public static bool IsNeeded(int orientation) => orientation is > 1 and <= 8;

    /// <summary>Orientations 5–8 store the photo on its side: width and height swap when it is turned.</summary>
    public static bool SwapsSides(int orientation) => orientation is >= 5 and <= 8;

    public static void Apply(IImageProcessingContext image, int orientation)
    {
        var (rotate, flip) = orientation switch
        {
            2 => (RotateMode.None, FlipMode.Horizontal),
            3 => (RotateMode.Rotate180, FlipMode.None),
            4 => (RotateMode.None, FlipMode.Vertical),
            5 => (RotateMode.Rotate90, FlipMode.Horizontal), // transpose
            6 => (RotateMode.Rotate90, FlipMode.None),
            7 => (RotateMode.Rotate90, FlipMode.Vertical), // transverse
            8 => (RotateMode.Rotate270, FlipMode.None),
            _ => (RotateMode.None, FlipMode.None),
        };
        if (rotate != RotateMode.None) image.Rotate(rotate);
        if (flip != FlipMode.None) image.Flip(flip);
    }
}
