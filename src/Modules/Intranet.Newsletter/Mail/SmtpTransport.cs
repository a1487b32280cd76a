using MailKit.Net.Smtp;
using MailKit.Security;

namespace Intranet.Newsletter.Mail;

/// <summary>Sends through the configured SMTP server with MailKit, one connection per session.</summary>
public sealed class SmtpTransport(MailSettings settings) : IMailTransport
{
    public Task<IMailSession> OpenAsync(CancellationToken ct) => Task.FromResult<IMailSession>(new SmtpSession(settings));

    internal static SecureSocketOptions Security(MailSettings s) =>
        s.UseSsl ? SecureSocketOptions.SslOnConnect
        : s.StartTls ? SecureSocketOptions.StartTls
        : SecureSocketOptions.None;
}
