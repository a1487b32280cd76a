namespace Intranet.Core.Validation;

/// <summary>
/// Input that cannot be accepted. Messages are Norwegian and keyed by field name, so the API turns it into
/// problem+json <c>errors</c> and pages show it beside the field with everything the user typed kept.
/// </summary>
public sealed class ValidationFailedException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("Valideringen feilet: " + string.Join("; ", errors.SelectMany(e => e.Value)))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static ValidationFailedException For(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}
