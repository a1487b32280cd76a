using Intranet.Core.Cli;
using Intranet.Core.Recipes;

namespace Intranet.Web.Cli;

internal sealed class RecipeImportCommand(RecipeRunner runner, IHostEnvironment environment) : ICliCommand
{
    public string Verb => "recipe import";
    public string Usage => "recipe import <fil>   importerer en oppskrift (to ganger endrer ingenting)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken ct)
    {
        if (arguments.Count != 1 || !File.Exists(arguments[0]))
        {
            await output.WriteLineAsync("Bruk: " + Usage + (arguments.Count == 1 ? $"\nFant ikke filen {arguments[0]}." : ""));
            return 2;
        }
        try
        {
            var changes = await runner.ImportAsync(await File.ReadAllTextAsync(arguments[0], ct), environment.IsDevelopment(), ct);
            await output.WriteLineAsync($"Importerte {arguments[0]}: {changes} endringer.");
            return 0;
        }
        catch (RecipeException e)
        {
            await output.WriteLineAsync(e.Message + " Ingenting ble importert.");
            return 1;
        }
    }
}
