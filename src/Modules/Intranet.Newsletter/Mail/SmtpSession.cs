using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MimeKit;

namespace Intranet.Newsletter.Mail;

/// <summary>
/// One SMTP connection. Before each message it checks the connection (NOOP) and reconnects when needed, so a
/// server that went away is noticed before the message is claimed. Rejected commands mean "not delivered";
/// a broken connection during DATA means "unknown".
/// </summary>
internal sealed class SmtpSession(MailSettings settings) : IMailSession
{
    private readonly SmtpClient _client = new() { Timeout = 30_000 };

    public async Task EnsureReadyAsync(CancellationToken ct)
    {
        try
        {
            if (_client.IsConnected)
            {
                try { await _client.NoOpAsync(ct); return; }
                catch (Exception e) when (IsConnectionProblem(e)) { await DropAsync(); }
            }
            // Sessions are only opened when SMTP is configured (MailSettings.UsesSmtp), so the host is set.
            await _client.ConnectAsync(settings.Host!, settings.Port, SmtpTransport.Security(settings), ct);
            if (!string.IsNullOrEmpty(settings.Username))
                await _client.AuthenticateAsync(settings.Username, settings.Password ?? "", ct);
        }
        catch (Exception e) when (IsConnectionProblem(e) || e is MailKit.Security.AuthenticationException)
        {
            await DropAsync();
            throw new MailNotDeliveredException($"SMTP-tjeneren svarer ikke: {e.Message}", e);
        }
    }

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        try
        {
            await _client.SendAsync(message, ct);
        }
        catch (SmtpCommandException e)
        {
            // The server answered with an error code: it did not take the message.
            throw new MailNotDeliveredException($"SMTP-tjeneren avviste e-posten: {e.Message}", e);
        }
        catch (Exception e) when (IsConnectionProblem(e))
        {
            await DropAsync();
            throw new MailOutcomeUnknownException($"Forbindelsen brøt under sending: {e.Message}", e);
        }
    }

    private static bool IsConnectionProblem(Exception e) =>
        e is IOException or SocketException or SmtpProtocolException or ServiceNotConnectedException or TimeoutException;

    private async Task DropAsync()
    {
        try { if (_client.IsConnected) await _client.DisconnectAsync(false); }
        catch (Exception e) when (IsConnectionProblem(e)) { }
    }

    public async ValueTask DisposeAsync()
    {
        try { if (_client.IsConnected) await _client.DisconnectAsync(true); }
        catch (Exception e) when (IsConnectionProblem(e) || e is SmtpCommandException) { }
        _client.Dispose();
    }
}
