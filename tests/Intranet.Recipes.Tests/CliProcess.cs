using System.Diagnostics;

namespace Intranet.Recipes.Tests;

/// <summary>
/// Runs the built host (src/Intranet.Web's Intranet.Web.dll) as its own process with CLI arguments, the way
/// `dotnet run --project src/Intranet.Web -- recipe import file` does, so Program's dispatch is tested too.
/// </summary>
public static class CliProcess
{
    public sealed record Result(int ExitCode, string Output);

    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var dll = HostDll();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var a in arguments) start.ArgumentList.Add(a);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout + await stderr);
    }

    /// <summary>The host build next to this test build (same configuration), found from the repository root.</summary>
    private static string HostDll()
    {
        var here = AppContext.BaseDirectory;
        var configuration = here.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var dir = new DirectoryInfo(here);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Intranet.sln"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException("Fant ikke Intranet.sln over " + here);
        var bin = Path.Combine(dir.FullName, "src", "Intranet.Web", "bin", configuration);
        return Directory.GetFiles(bin, "Intranet.Web.dll", SearchOption.AllDirectories).OrderByDescending(File.GetLastWriteTimeUtc).First();
    }
}
