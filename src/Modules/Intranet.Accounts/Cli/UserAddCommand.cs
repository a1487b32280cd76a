using Intranet.Accounts.Models;
using Intranet.Accounts.Services;
using Intranet.Core.Cli;
using Intranet.Core.Security;
using Intranet.Core.Validation;
using Microsoft.AspNetCore.Identity;
using Intranet.Core.Models;

namespace Intranet.Accounts.Cli;

/// <summary>
/// `user add &lt;username&gt; &lt;role&gt;`: creates a local account, e.g. production's first administrator.
/// The password comes from INTRANET_PASSWORD or the first line of standard input, never from the
/// command line, where it would end up in the shell history and the process list.
/// </summary>
internal sealed class UserAddCommand(UserAdministration admin, RoleManager<IdentityRole> roles) : ICliCommand
{
    public const string PasswordVariable = "INTRANET_PASSWORD";

    public string Verb => "user add";
    public string Usage => "user add <brukernavn> <rolle>   oppretter en bruker; passordet leses fra INTRANET_PASSWORD eller standard inn";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken ct)
    {
        if (arguments.Count != 2 || RoleNamed(arguments[1]) is not { } role)
        {
            await output.WriteLineAsync($"Bruk: {Usage}\nRoller: {string.Join(", ", Roles.All)}.");
            return 2;
        }
        var password = await ReadPasswordAsync(output);
        if (string.IsNullOrEmpty(password))
        {
            await output.WriteLineAsync($"Fant ikke noe passord. Sett {PasswordVariable} eller skriv passordet på standard inn.");
            return 2;
        }
        return await CreateAsync(arguments[0], role, password, output, ct);
    }

    private async Task<int> CreateAsync(string userName, string role, string password, TextWriter output, CancellationToken ct)
    {
        foreach (var name in Roles.All)
            if (!await roles.RoleExistsAsync(name)) await roles.CreateAsync(new IdentityRole(name));
        try
        {
            await admin.CreateAsync(new UserForm(userName, userName, null, [role], [], password), ct);
            await output.WriteLineAsync($"Opprettet brukeren «{userName}» med rollen {Roles.DisplayName(role)}.");
            return 0;
        }
        catch (ValidationFailedException e)
        {
            await output.WriteLineAsync("Brukeren ble ikke opprettet: " + string.Join(" ", e.Errors.SelectMany(x => x.Value)));
            return 1;
        }
    }

    /// <summary>Accepts the role in any case and "Kommunedirektør" with ø.</summary>
    private static string? RoleNamed(string text) =>
        Roles.All.FirstOrDefault(r => string.Equals(r, text, StringComparison.OrdinalIgnoreCase)
                                      || string.Equals(Roles.DisplayName(r), text, StringComparison.OrdinalIgnoreCase));

    private static async Task<string?> ReadPasswordAsync(TextWriter output)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(PasswordVariable);
        if (!string.IsNullOrEmpty(fromEnvironment)) return fromEnvironment;
        if (Console.IsInputRedirected) return (await Console.In.ReadLineAsync())?.TrimEnd('\r', '\n');
        await output.WriteAsync("Passord (vises ikke): ");
        return ReadHidden();
    }

    /// <summary>Reads a line from the terminal without echoing it.</summary>
    private static string ReadHidden()
    {
        var typed = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace) { if (typed.Length > 0) typed.Length--; }
            else if (!char.IsControl(key.KeyChar)) typed.Append(key.KeyChar);
        }
        Console.WriteLine();
        return typed.ToString();
    }
}
