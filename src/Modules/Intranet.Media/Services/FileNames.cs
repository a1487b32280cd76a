using System.Text;

namespace Intranet.Media.Services;

/// <summary>Makes an uploader's file name safe to show: no path parts, no control characters, bounded length.</summary>
public static class FileNames
{
    public const int MaxLength = 120;

    public static string ForDisplay(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName)) return "";
        var name = fileName.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var sb = new StringBuilder(Math.Min(name.Length, MaxLength));
        foreach (var ch in name)
        {
            if (sb.Length >= MaxLength) break;
            if (!char.IsControl(ch) && ch is not ('<' or '>' or '"')) sb.Append(ch);
        }
        return sb.ToString().Trim();
    }
}
