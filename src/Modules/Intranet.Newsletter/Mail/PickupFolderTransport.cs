using Intranet.Core.Hosting;
using MimeKit;

namespace Intranet.Newsletter.Mail;

/// <summary>
/// The embedded default: every message becomes an .eml file in <c>{data}/mail-pickup</c>. Written to a temporary
/// name and then moved, so a pickup service never sees half a file.
/// </summary>
public sealed class PickupFolderTransport(IntranetPaths paths) : IMailTransport, IMailSession
{
    public string Folder => paths.Folder("mail-pickup");

    public Task<IMailSession> OpenAsync(CancellationToken ct) => Task.FromResult<IMailSession>(this);

    public Task EnsureReadyAsync(CancellationToken ct) => Task.CompletedTask;

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var name = $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}";
        var temp = Path.Combine(Folder, name + ".tmp");
        try
        {
            await using (var file = File.Create(temp)) await message.WriteToAsync(file, ct);
            File.Move(temp, Path.Combine(Folder, name + ".eml"));
        }
        catch (IOException e)
        {
            File.Delete(temp);
            throw new MailNotDeliveredException("Kunne ikke skrive e-posten til mappen.", e);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
