namespace Intranet.Media.Api;

/// <summary>The parts of a multipart upload we use. <see cref="TooLarge"/> means the file went over the limit.</summary>
internal sealed record UploadForm(byte[]? File, string? FileName, string? Alt, bool TooLarge);
