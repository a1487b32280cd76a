using Intranet.Newsletter.Mail;
using Intranet.Newsletter.Models;
using MimeKit;

namespace Intranet.Newsletter.Services;

/// <summary>Turns an outbox row into a MIME message: HTML + plain text, a stable Message-Id, List-Unsubscribe.</summary>
public sealed class MailMessageFactory(MailSettings settings)
{
    public MimeMessage Create(OutboxMessage row)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.From));
        message.To.Add(new MailboxAddress(row.ToName, row.ToAddress));
        message.Subject = row.Subject;
        // The same id on every attempt lets a receiving server drop a copy it already has.
        message.MessageId = $"outbox-{row.Id}-{row.DedupKey.Replace(':', '-')}@intranett";
        message.Headers.Add("List-Unsubscribe", $"<{settings.PublicUrl}{Links.Unsubscribe}>");
        message.Body = new BodyBuilder { HtmlBody = row.HtmlBody, TextBody = row.TextBody }.ToMessageBody();
        return message;
    }
}
