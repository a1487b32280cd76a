using MimeKit;

namespace Intranet.Newsletter.Mail;

/// <summary>Opens a session that delivers several messages (one SMTP connection, or the pickup folder).</summary>
public interface IMailTransport
{
    Task<IMailSession> OpenAsync(CancellationToken ct);
}

/// <summary>
/// A delivery session. <see cref="EnsureReadyAsync"/> proves the server is there before a message is claimed, so
/// the only uncertain moment is the message transfer itself.
/// </summary>
public interface IMailSession : IAsyncDisposable
{
    /// <exception cref="MailNotDeliveredException">The server cannot be reached now.</exception>
    Task EnsureReadyAsync(CancellationToken ct);

    /// <exception cref="MailNotDeliveredException">The server refused the message: safe to retry.</exception>
    /// <exception cref="MailOutcomeUnknownException">The connection broke during the transfer.</exception>
    Task SendAsync(MimeMessage message, CancellationToken ct);
}
