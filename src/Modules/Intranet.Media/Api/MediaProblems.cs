using Intranet.Media.Services;
using Microsoft.AspNetCore.Http;

namespace Intranet.Media.Api;

/// <summary>Norwegian problem+json for refused uploads, always naming the field (<c>file</c> or <c>alt</c>).</summary>
internal static class MediaProblems
{
    public static IResult From(MediaRejectedException e) =>
        Results.Problem(
            statusCode: e.Status,
            title: e.Title,
            detail: e.Message,
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [e.Field] = [e.Message] } });

    public static IResult BadForm(string detail) =>
        From(new MediaRejectedException(400, "Ugyldig opplasting", detail));
}
