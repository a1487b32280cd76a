using System.Text.Json;
using Intranet.Core.Recipes;
using Intranet.Insights.Models;

namespace Intranet.Insights.Recipes;

/// <summary>The demo pulse survey described in the recipe: title and questions (bokmål, optional nynorsk "textNn") with their scale ("1-5" or "0-10").</summary>
internal sealed record PulseSeed(string Title, string Intro, IReadOnlyList<(string Text, string? TextNn, PulseScale Scale)> Questions)
{
    public static PulseSeed Read(JsonElement pulse, RecipeContext context)
    {
        var questions = pulse.Items("questions", context).Select(q => (
            q.Item.RequiredString("text", context, q.Path),
            q.Item.OptionalString("textNn", context, q.Path),
            q.Item.OptionalString("scale", context, q.Path) == "0-10" ? PulseScale.ZeroToTen : PulseScale.OneToFive)).ToList();
        if (questions.Count == 0) throw context.Error("pulse.questions", "trenger minst ett spørsmål.");
        return new PulseSeed(pulse.RequiredString("title", context, "pulse"), pulse.OptionalString("intro", context, "pulse") ?? "", questions);
    }
}
