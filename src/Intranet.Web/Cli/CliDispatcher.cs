using Intranet.Core.Cli;

namespace Intranet.Web.Cli;

/// <summary>Runs a module's CLI verb instead of the web server when the first arguments name one.</summary>
internal static class CliDispatcher
{
    private static readonly string[] VerbRoots = ["recipe", "search", "digest", "user"];

    public static bool IsCommand(string[] args) => args.Length > 0 && VerbRoots.Contains(args[0]);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        using var scope = app.Services.CreateScope();
        var commands = scope.ServiceProvider.GetServices<ICliCommand>().ToList();
        var command = commands
            .Where(c => Matches(c.Verb.Split(' '), args))
            .OrderByDescending(c => c.Verb.Length)
            .FirstOrDefault();
        if (command is null)
        {
            await Console.Error.WriteLineAsync("Ukjent kommando. Tilgjengelige kommandoer:");
            foreach (var c in commands) await Console.Error.WriteLineAsync("  " + c.Usage);
            return 2;
        }
        var rest = args.Skip(command.Verb.Split(' ').Length).ToList();
        return await command.RunAsync(rest, Console.Out, CancellationToken.None);
    }

    private static bool Matches(string[] verb, string[] args) =>
        args.Length >= verb.Length && verb.Select((w, i) => w == args[i]).All(x => x);
}
