using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Advanced;
using SixLabors.ImageSharp.PixelFormats;

namespace Intranet.Media.Services.ImageSharp;

/// <summary>
/// Shows a photo as its EXIF orientation (1–8) says it should be seen, by copying its pixels to a new image.
/// Part of <see cref="ImageSharpProcessor"/>: it turns each small size and the original's own copy instead of the
/// full-size image before everything else. A phone's portrait photo (orientation 6) is the common case, so this is a
/// cache-friendly tiled copy rather than ImageSharp's Rotate (30–80 ms for 12 MP, docs/benchmarks.md). It runs on
/// one thread on purpose: the original's turn runs beside the resize chain, which keeps the other core busy.
/// Tests check it against ImageSharp's AutoOrient pixel for pixel.
/// </summary>
internal static class UprightTurn
{
    /// <summary>Pixels per side of a square tile: 64 × 64 × 4 bytes stays in the L1/L2 cache while it is transposed.</summary>
    private const int Tile = 64;

    public static bool IsNeeded(int orientation) => orientation is > 1 and <= 8;

    /// <summary>Orientations 5–8 store the photo on its side: width and height swap when it is turned.</summary>
    public static bool SwapsSides(int orientation) => orientation is >= 5 and <= 8;

    /// <summary>A new upright image (the caller disposes it); the source is only read.</summary>
    public static Image<TPixel> Turned<TPixel>(Image<TPixel> source, int orientation)
        where TPixel : unmanaged, IPixel<TPixel>
    {
        var swaps = SwapsSides(orientation);
        var turned = swaps
            ? new Image<TPixel>(source.GetConfiguration(), source.Height, source.Width)
            : new Image<TPixel>(source.GetConfiguration(), source.Width, source.Height);
        // Mirrored along x or y relative to a plain copy (after swapping sides for 5–8).
        var mirrorX = orientation is 2 or 3 or 7 or 8;
        var mirrorY = orientation is 3 or 4 or 6 or 7;
        if (swaps) Transpose(source, turned, mirrorX, mirrorY);
        else CopyRows(source, turned, mirrorX, mirrorY);
        return turned;
    }

    private static void CopyRows<TPixel>(Image<TPixel> source, Image<TPixel> target, bool mirrorX, bool mirrorY)
        where TPixel : unmanaged, IPixel<TPixel>
    {
        source.ProcessPixelRows(target, (from, to) =>
        {
            for (var y = 0; y < to.Height; y++)
            {
                var row = to.GetRowSpan(y);
                from.GetRowSpan(mirrorY ? from.Height - 1 - y : y).CopyTo(row);
                if (mirrorX) row.Reverse();
            }
        });
    }

    /// <summary>
    /// Target pixel (x, y) comes from source column y (or width−1−y) and row x (or height−1−x), one tile at a time:
    /// the tile's source rows are read whole, then each target row is written from one tile column.
    /// </summary>
    private static void Transpose<TPixel>(Image<TPixel> source, Image<TPixel> target, bool mirrorX, bool mirrorY)
        where TPixel : unmanaged, IPixel<TPixel>
    {
        var tile = new TPixel[Tile * Tile];
        source.ProcessPixelRows(target, (from, to) =>
        {
            for (var y0 = 0; y0 < to.Height; y0 += Tile)
            {
                var rows = Math.Min(Tile, to.Height - y0);
                // Source columns for target rows y0 .. y0+rows−1, lowest first.
                var firstColumn = mirrorX ? from.Width - (y0 + rows) : y0;
                for (var x0 = 0; x0 < to.Width; x0 += Tile)
                {
                    var columns = Math.Min(Tile, to.Width - x0);
                    for (var i = 0; i < columns; i++)
                    {
                        var sourceRow = mirrorY ? from.Height - 1 - (x0 + i) : x0 + i;
                        from.GetRowSpan(sourceRow).Slice(firstColumn, rows).CopyTo(tile.AsSpan(i * Tile, rows));
                    }
                    for (var j = 0; j < rows; j++)
                    {
                        var offset = mirrorX ? rows - 1 - j : j;
                        var targetRow = to.GetRowSpan(y0 + j).Slice(x0, columns);
                        for (var i = 0; i < columns; i++) targetRow[i] = tile[i * Tile + offset];
                    }
                }
            }
        });
    }
}
