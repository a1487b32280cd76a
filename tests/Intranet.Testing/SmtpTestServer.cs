using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Intranet.Testing;

/// <summary>
/// A real, minimal SMTP server on loopback (HELO/EHLO, MAIL FROM, RCPT TO, DATA, NOOP, RSET, QUIT) that keeps what it
/// receives. <see cref="StopAfter"/> makes it accept that many messages and then go away: the connection is closed
/// and the port refuses connections until <see cref="Start"/> is called again.
/// </summary>
public sealed class SmtpTestServer : IDisposable
{
    private readonly List<MimeMessage> _received = [];
    private TcpListener? _listener;
    private CancellationTokenSource _stop = new();

    public int Port { get; private set; }
    public int? StopAfter { get; set; }

    public IReadOnlyList<MimeMessage> Received { get { lock (_received) return _received.ToList(); } }

    public SmtpTestServer Start()
    {
        _stop = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = AcceptLoopAsync(_listener, _stop.Token);
        return this;
    }

    public void Stop()
    {
        _stop.Cancel();
        _listener?.Stop();
        _listener = null;
    }

    public int CountFor(string address) => Received.Count(m => m.To.Mailboxes.Any(b => b.Address == address));

    private async Task AcceptLoopAsync(TcpListener listener, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await listener.AcceptTcpClientAsync(ct); }
            catch (Exception) { return; }
            _ = Task.Run(() => ServeAsync(client, ct), CancellationToken.None);
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken ct)
    {
        using var _ = client;
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, new UTF8Encoding(false));
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
        try
        {
            await writer.WriteLineAsync("220 localhost test SMTP");
            while (!ct.IsCancellationRequested && await reader.ReadLineAsync(ct) is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO" or "HELO": await writer.WriteLineAsync("250 localhost"); break;
                    case "MAIL" or "RCPT" or "RSET" or "NOOP": await writer.WriteLineAsync("250 OK"); break;
                    case "QUIT": await writer.WriteLineAsync("221 Bye"); return;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        if (!await ReceiveAsync(reader, ct)) return;
                        await writer.WriteLineAsync("250 OK queued");
                        if (ReachedLimit()) { Stop(); return; }
                        break;
                    default: await writer.WriteLineAsync("502 Command not implemented"); break;
                }
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException) { }
    }

    private async Task<bool> ReceiveAsync(StreamReader reader, CancellationToken ct)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (line == ".")
            {
                var message = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(data.ToString())));
                lock (_received) _received.Add(message);
                return true;
            }
            data.Append(line.StartsWith("..") ? line[1..] : line).Append("\r\n");
        }
        return false;
    }

    private bool ReachedLimit()
    {
        lock (_received) return StopAfter is int n && _received.Count >= n;
    }

    public void Dispose() => Stop();
}
