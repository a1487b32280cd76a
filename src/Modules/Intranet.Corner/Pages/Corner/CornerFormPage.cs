using Intranet.Corner.Models;
using Intranet.Corner.Services;
using Intranet.Corner.Services.Attachments;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Corner.Pages.Corner;

/// <summary>
/// The fields of the corner editor, shared by "new" and "edit": text, language, type and PDF attachments.
/// The request limit is a little over the largest allowed upload (5 × 20 MB), so a too large form is refused
/// by the page's own check where possible, not by a reset connection.
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = MaxFormBytes)]
[RequestSizeLimit(MaxFormBytes)]
public abstract class CornerFormPage : PageModel
{
    public const long MaxFormBytes = 110L * 1024 * 1024;

    [BindProperty] public string? Title { get; set; } = "";
    [BindProperty] public string? Summary { get; set; } = "";
    [BindProperty] public string? Body { get; set; } = "";
    [BindProperty] public string? Language { get; set; } = "nb";
    [BindProperty] public string? Type { get; set; } = "innlegg";
    [BindProperty] public List<IFormFile> Attachments { get; set; } = [];
    public IReadOnlyDictionary<string, string[]> Errors { get; protected set; } = new Dictionary<string, string[]>();
    public List<CornerAttachment> ExistingAttachments { get; protected set; } = [];

    public CornerPostInput Input() =>
        new(Title ?? "", Body ?? "", Summary ?? "", Language == "nn" ? "nn" : "nb", CornerPostInput.ParseType(Type));

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var m) ? string.Join(" ", m) : null;

    /// <summary>The element id an error summary link points to for a field.</summary>
    public static string FieldId(string field) => field switch
    {
        "body" => "Body",
        "summary" => "Summary",
        "type" => "Type",
        PdfAdmission.Field => "Attachments",
        _ => "Title",
    };
}
