using Intranet.Media.Models;

namespace Intranet.Media.Services.Inspection;

/// <summary>
/// What our own small byte-level readers learn about an upload before any decoder runs: the format from its
/// magic bytes, the frame count, the EXIF orientation, and whether the container is complete (not truncated).
/// </summary>
public sealed record ImageFacts(ImageFormatKind Format, int FrameCount, int Orientation, bool IsComplete);
