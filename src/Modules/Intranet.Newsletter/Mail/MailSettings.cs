using Microsoft.Extensions.Configuration;

namespace Intranet.Newsletter.Mail;

/// <summary>
/// <c>Intranet:Mail:Smtp:*</c>: SMTP when a host is configured, otherwise .eml files in the pickup folder
/// (the embedded default). <c>Intranet:PublicUrl</c> makes the links in mails absolute.
/// </summary>
public sealed class MailSettings
{
    public string? Host { get; init; }
    public int Port { get; init; } = 25;
    public bool UseSsl { get; init; }
    public bool StartTls { get; init; }
    public string? Username { get; init; }
    public string? Password { get; init; }
    public string From { get; init; } = "intranett@localhost";
    public string FromName { get; init; } = "Intranettet";
    public string PublicUrl { get; init; } = "http://localhost:5000";

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Host);

    public static MailSettings Read(IConfiguration configuration)
    {
        var smtp = configuration.GetSection("Intranet:Mail:Smtp");
        return new MailSettings
        {
            Host = smtp["Host"],
            Port = int.TryParse(smtp["Port"], out var port) ? port : 25,
            UseSsl = bool.TryParse(smtp["UseSsl"], out var ssl) && ssl,
            StartTls = bool.TryParse(smtp["StartTls"], out var tls) && tls,
            Username = smtp["Username"],
            Password = smtp["Password"],
            From = smtp["From"] ?? configuration["Intranet:Mail:From"] ?? "intranett@localhost",
            FromName = configuration["Intranet:Mail:FromName"] ?? "Intranettet",
            PublicUrl = (configuration["Intranet:PublicUrl"] ?? "http://localhost:5000").TrimEnd('/'),
        };
    }
}
