using Intranet.Core.Time;
using Intranet.Core.Validation;

namespace Intranet.Stories.Services;

/// <summary>
/// The story-specific checks with Norwegian messages keyed by field. A draft only needs a title; a
/// submitted story needs at least one value and, where the story requires it, a consent statement.
/// </summary>
public sealed class StoryRules(IClock clock)
{
    public const string ConsentMissing =
        "Historien trenger en samtykkeerklæring: hvem samtykket, hvordan og når. Historier for publikum trenger det alltid.";
    public const string ValuesMissing = "Velg minst én verdi historien viser.";
    private const int EarliestConsentYear = 1900;

    public void Validate(StoryInput input, bool complete)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(input.Title)) errors.Add("title", "Skriv en tittel.");
        if (input.ConsentStatement is { Length: > 2000 }) errors.Add("consent", "Samtykkeerklæringen kan ha høyst 2000 tegn.");
        if (input.ConsentObtainedAt is { } at && at > clock.UtcNow.AddDays(1))
            errors.Add("consent", "Datoen for samtykket kan ikke være fram i tid.");
        if (input.ConsentObtainedAt is { Year: < EarliestConsentYear })
            errors.Add("consent", "Datoen for samtykket kan ikke være før år 1900.");
        if (input.ImageIds.Count > 30) errors.Add("imageIds", "En historie kan ha høyst 30 bilder.");
        if (complete) CheckComplete(input, errors);
        errors.ThrowIfAny();
    }

    private static void CheckComplete(StoryInput input, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(input.Body)) errors.Add("body", "Skriv selve historien.");
        if (input.Values.Count == 0) errors.Add("values", ValuesMissing);
        if (input.NeedsConsent && string.IsNullOrWhiteSpace(input.ConsentStatement)) errors.Add("consent", ConsentMissing);
    }
}
