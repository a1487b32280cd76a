using Intranet.Testing;
using Intranet.Web.Data;
using MimeKit;
using Xunit;

namespace Intranet.Newsletter.Tests;

/// <summary>Without SMTP settings the embedded default writes each mail as an .eml file under the data path.</summary>
public sealed class PickupFolderTests() : DigestHost(DatabaseProvider.Sqlite, smtp: false)
{
    [Fact]
    public async Task Without_smtp_the_digest_is_written_as_eml_files_in_the_pickup_folder()
    {
        await PublishNewsAsync(new { title = "Ny intranettside for HMS", body = "Se her.", units = Array.Empty<string>() });

        var report = await RunDigestAsync();

        var files = Directory.GetFiles(Path.Combine(Factory.DataPath, "mail-pickup"), "*.eml");
        Assert.Equal(report.Sent, files.Length);
        Assert.True(files.Length >= 5);
        var kari = files.Select(f => MimeMessage.Load(f)).Single(m => m.To.Mailboxes.Any(b => b.Address == Kari));
        Assert.Contains("Ny intranettside for HMS", kari.TextBody);
        Assert.Contains("Ny intranettside for HMS", kari.HtmlBody);
        Assert.Empty(Smtp.Received);
    }
}
