using System.Diagnostics;
using System.Net;
using Intranet.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Accounts.Tests;

/// <summary>Runs the real host executable with the verb, as an operator would, against the test's database.</summary>
public abstract class UserAddCliTests(SharedIntranet host) : AccountsTestBase(host)
{
    private const string Password = "Forste-admin-passord-1";

    [Fact]
    public async Task User_add_reads_the_password_from_stdin_and_the_user_can_sign_in()
    {
        Factory.CreateClient();
        var (code, output) = await RunAsync(["user", "add", "forste.admin", "administrator"], stdin: Password + "\n");
        Assert.True(code == 0, output);
        Assert.Contains("Opprettet brukeren «forste.admin» med rollen Administrator.", output);
        var client = await Factory.SignedInClientAsync("forste.admin", Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/brukere")).StatusCode);
    }

    [Fact]
    public async Task User_add_takes_the_password_from_the_environment()
    {
        Factory.CreateClient();
        var (code, output) = await RunAsync(["user", "add", "miljo", "Ansatt"], stdin: "", password: Password);
        Assert.True(code == 0, output);
        await Factory.SignedInClientAsync("miljo", Password);
    }

    [Fact]
    public async Task User_add_explains_bad_input_in_norwegian()
    {
        Factory.CreateClient();
        var (unknownRole, roleOutput) = await RunAsync(["user", "add", "noen", "sjef"], stdin: Password + "\n");
        Assert.Equal(2, unknownRole);
        Assert.Contains("Roller:", roleOutput);
        var (shortPassword, passwordOutput) = await RunAsync(["user", "add", "noen", "Ansatt"], stdin: "kort\n");
        Assert.Equal(1, shortPassword);
        Assert.Contains("Passordet må ha minst 10 tegn.", passwordOutput);
    }

    private async Task<(int Code, string Output)> RunAsync(string[] args, string stdin, string? password = null)
    {
        var configuration = Factory.Services.GetRequiredService<IConfiguration>();
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "Intranet.Web"))
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Intranet__DataPath"] = Factory.DataPath;
        start.Environment["Intranet__Database__Provider"] = Factory.Provider.ToString();
        start.Environment["ConnectionStrings__Intranet"] = configuration["ConnectionStrings:Intranet"] ?? "";
        start.Environment["INTRANET_PASSWORD"] = password ?? "";
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output + await errors);
    }
}

public sealed class UserAddCliTestsSqlite(SqliteIntranet host) : UserAddCliTests(host), IClassFixture<SqliteIntranet>;

public sealed class UserAddCliTestsPostgres(PostgresIntranet host) : UserAddCliTests(host), IClassFixture<PostgresIntranet>;
