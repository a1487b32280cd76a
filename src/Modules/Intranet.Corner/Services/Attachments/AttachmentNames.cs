using System.Text;

namespace Intranet.Corner.Services.Attachments;

/// <summary>
/// The uploader's file name made safe to show and to send back in <c>Content-Disposition</c>: no path parts,
/// no control or quoting characters, bounded, ending in ".pdf"; plus an ASCII fallback and the RFC 5987 form.
/// </summary>
public static class AttachmentNames
{
    public const int MaxLength = 120;

    public static string ForDisplay(string? fileName)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var sb = new StringBuilder(Math.Min(name.Length, MaxLength));
        foreach (var ch in name.Normalize(NormalizationForm.FormC))
        {
            if (sb.Length >= MaxLength - 4) break;
            if (!char.IsControl(ch) && !char.IsSurrogate(ch) && ch is not ('<' or '>' or '"' or ';' or ':' or '*' or '?' or '|')) sb.Append(ch);
        }
        var clean = sb.ToString().Trim().TrimStart('.');
        if (clean.Length == 0 || clean.Equals(".pdf", StringComparison.OrdinalIgnoreCase)) clean = "vedlegg.pdf";
        return clean.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? clean : clean + ".pdf";
    }

    /// <summary><c>attachment; filename="Notat til formannskapet.pdf"; filename*=UTF-8''Notat%20til%20formannskapet.pdf</c></summary>
    public static string ContentDisposition(string displayName) =>
        $"attachment; filename=\"{AsciiFallback(displayName)}\"; filename*=UTF-8''{Uri.EscapeDataString(displayName)}";

    /// <summary>For old clients that ignore filename*: Norwegian letters spelled out, anything else non-ASCII as "_".</summary>
    public static string AsciiFallback(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        foreach (var ch in name)
        {
            sb.Append(ch switch
            {
                'æ' => "ae", 'Æ' => "Ae", 'ø' => "o", 'Ø' => "O", 'å' => "a", 'Å' => "A",
                '"' or '\\' => "_",
                _ when ch is >= ' ' and <= '~' => ch.ToString(),
                _ => "_",
            });
        }
        return sb.ToString();
    }
}
