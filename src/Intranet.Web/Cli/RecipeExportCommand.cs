using Intranet.Core.Cli;
using Intranet.Core.Recipes;

namespace Intranet.Web.Cli;

internal sealed class RecipeExportCommand(RecipeRunner runner) : ICliCommand
{
    public string Verb => "recipe export";
    public string Usage => "recipe export <fil>   skriver innholdet som en oppskrift";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken ct)
    {
        if (arguments.Count != 1)
        {
            await output.WriteLineAsync("Bruk: " + Usage);
            return 2;
        }
        await File.WriteAllTextAsync(arguments[0], await runner.ExportAsync("eksport", ct), ct);
        await output.WriteLineAsync($"Skrev {arguments[0]}.");
        return 0;
    }
}
