using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Intranet.Cluster.Tests;

/// <summary>
/// Debian's nginx as a round-robin load balancer on loopback: a generated config in a temp folder, run in the
/// foreground as a child process (one process, so round robin is strict), stopped and removed on dispose.
/// </summary>
public sealed class NginxBalancer : IDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    public NginxBalancer(params string[] upstreamBaseUrls)
    {
        _folder = Directory.CreateTempSubdirectory("intranett-nginx-").FullName;
        Port = FreePort();
        var config = Path.Combine(_folder, "nginx.conf");
        File.WriteAllText(config, Config(upstreamBaseUrls.Select(u => new Uri(u)).ToList()));
        _process = Process.Start(new ProcessStartInfo("/usr/sbin/nginx", ["-c", config, "-p", _folder + "/", "-e", Path.Combine(_folder, "error.log")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("nginx did not start");
        WaitUntilListening();
    }

    /// <summary>nginx's fail_timeout: how long a node that failed once is left out before it is tried again.</summary>
    public static readonly TimeSpan FailTimeout = TimeSpan.FromSeconds(2);

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public string ErrorLog => File.Exists(Path.Combine(_folder, "error.log")) ? File.ReadAllText(Path.Combine(_folder, "error.log")) : "";

    private string Config(IReadOnlyList<Uri> upstreams) => $$"""
        daemon off;
        master_process off;
        pid {{_folder}}/nginx.pid;
        error_log {{_folder}}/error.log warn;
        events { worker_connections 512; }
        http {
            access_log {{_folder}}/access.log;
            client_body_temp_path {{_folder}}/client_body;
            proxy_temp_path {{_folder}}/proxy;
            fastcgi_temp_path {{_folder}}/fastcgi;
            uwsgi_temp_path {{_folder}}/uwsgi;
            scgi_temp_path {{_folder}}/scgi;
            client_max_body_size 50m;
            upstream intranett {
        {{string.Join("\n", upstreams.Select(u => $"        server 127.0.0.1:{u.Port} max_fails=1 fail_timeout={FailTimeout.TotalSeconds}s;"))}}
            }
            server {
                listen 127.0.0.1:{{Port}};
                location / {
                    proxy_pass http://intranett;
                    proxy_set_header Host $http_host;
                    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                    proxy_set_header X-Forwarded-Proto $scheme;
                    proxy_next_upstream error timeout http_502;
                    proxy_connect_timeout 2s;
                }
            }
        }
        """;

    private void WaitUntilListening()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException("nginx exited: " + _process.StandardError.ReadToEnd() + ErrorLog);
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }
        throw new TimeoutException("nginx did not listen: " + ErrorLog);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill();
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException) { }
        _process.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
