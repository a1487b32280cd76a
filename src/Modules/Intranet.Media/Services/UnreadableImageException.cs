namespace Intranet.Media.Services;

/// <summary>The image library could not read or process the bytes (corrupt, truncated, over its memory limit).</summary>
public sealed class UnreadableImageException(string message, Exception? inner = null) : Exception(message, inner);
