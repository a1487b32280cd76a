namespace Intranet.Core.Cli;

/// <summary>
/// A command-line verb a module offers (`dotnet run --project src/Intranet.Web -- recipe import file`).
/// Runs inside the configured host with migrations applied, then the process exits.
/// </summary>
public interface ICliCommand
{
    /// <summary>The words that select it, e.g. "recipe import".</summary>
    string Verb { get; }

    string Usage { get; }

    /// <returns>The process exit code.</returns>
    Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken ct);
}
