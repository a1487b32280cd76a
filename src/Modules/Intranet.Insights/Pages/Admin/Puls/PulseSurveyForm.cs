using Intranet.Insights.Pulse;

namespace Intranet.Insights.Pages.Admin.Puls;

/// <summary>What the shared survey form (_PulseSurveyFields) shows: the typed values, the errors by field, and whether answers exist.</summary>
public sealed record PulseSurveyForm(PulseSurveyInput Input, IReadOnlyDictionary<string, string[]> Errors, bool HasAnswers, string SubmitLabel)
{
    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var m) ? m[0] : null;

    /// <summary>The id attribute of a field's input ("Input.Questions[0]" → "Input_Questions_0_").</summary>
    public static string IdOf(string field) => field.Replace(".", "_").Replace("[", "_").Replace("]", "_");
}
