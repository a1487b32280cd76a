using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Intranet.Testing;

/// <summary>
/// The built Intranet.Web.dll (same configuration as the running test assembly) run as a real child process on a
/// temp data folder: as the web server on a loopback port (SQLite in the folder, or a shared PostgreSQL database,
/// as one node of a cluster), or as a CLI verb. Output is collected so a test can wait for progress in it;
/// <see cref="Crash"/> is a SIGKILL, with no chance to clean up. The caller owns the data folder.
/// </summary>
public sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string? BaseUrl { get; private init; }
    public string Output { get { lock (_output) return _output.ToString(); } }
    public bool HasExited => _process.HasExited;
    public int ProcessId => _process.Id;

    /// <summary>The web server on a free loopback port.</summary>
    public static HostProcess Server(string dataPath, IDictionary<string, string>? environment = null)
    {
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        return new HostProcess(Start(dataPath, ["--urls", url], environment)) { BaseUrl = url };
    }

    /// <summary>The web server as one node on a shared PostgreSQL database, with its own data folder.</summary>
    public static HostProcess PostgresServer(string dataPath, string connectionString, IDictionary<string, string>? environment = null)
    {
        var settings = new Dictionary<string, string>(environment ?? new Dictionary<string, string>())
        {
            ["Intranet__Database__Provider"] = "Postgres",
            ["ConnectionStrings__Intranet"] = connectionString,
        };
        return Server(dataPath, settings);
    }

    /// <summary>A CLI verb, e.g. <c>recipe import file.json</c>.</summary>
    public static HostProcess Cli(string dataPath, IReadOnlyList<string> args, IDictionary<string, string>? environment = null) =>
        new(Start(dataPath, args, environment));

    public static string WebDll()
    {
        // tests/<Project>/bin/<Configuration>/<tfm>/ → src/Intranet.Web/bin/<Configuration>/<tfm>/Intranet.Web.dll
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var tfm = here.Name;
        var configuration = here.Parent!.Name;
        var root = here;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Intranet.sln"))) root = root.Parent;
        if (root is null) throw new InvalidOperationException("Fant ikke Intranet.sln over " + AppContext.BaseDirectory);
        var dll = Path.Combine(root.FullName, "src", "Intranet.Web", "bin", configuration, tfm, "Intranet.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Bygg Intranet.Web først", dll);
    }

    public async Task WaitForOutputAsync(Func<string, bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition(Output))
        {
            if (_process.HasExited) throw new InvalidOperationException($"Prosessen avsluttet før {what}:\n{Tail()}");
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Ventet for lenge på {what}:\n{Tail()}");
            await Task.Delay(20);
        }
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    /// <summary>
    /// SIGKILL: the process gets no chance to commit, flush or clean up. Only the host process: `dotnet x.dll` runs
    /// the app in that one process, and walking the whole process tree first would delay the kill on a busy machine.
    /// </summary>
    public void Crash()
    {
        try
        {
            if (!_process.HasExited) _process.Kill();
        }
        catch (InvalidOperationException) { } // exited in between
        _process.WaitForExit(10_000);
    }

    public string Tail() { var o = Output; return o.Length > 3000 ? o[^3000..] : o; }

    public void Dispose()
    {
        Crash();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private static Process Start(string dataPath, IReadOnlyList<string> args, IDictionary<string, string>? environment)
    {
        var dll = WebDll();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)! };
        info.ArgumentList.Add(dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["DOTNET_ENVIRONMENT"] = "Development";
        info.Environment["Intranet__DataPath"] = dataPath;
        info.Environment["Intranet__Database__Provider"] = "Sqlite";
        info.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) info.Environment[k] = v;
        return Process.Start(info) ?? throw new InvalidOperationException("Kunne ikke starte " + dll);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
