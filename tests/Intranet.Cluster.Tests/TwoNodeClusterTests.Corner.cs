using System.Net;
using System.Text.RegularExpressions;
using Intranet.Corner.Models;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Intranet.Cluster.Tests;

/// <summary>A corner note's PDF attachment, posted through nginx, is stored in the database and served by both nodes.</summary>
public sealed partial class TwoNodeClusterTests
{
    private async Task AssertCornerAttachmentServedByBothNodesAsync()
    {
        using var writer = BalancedClient();
        await SignInAsync(writer, DemoUsers.Kommunedirektor);
        var pdf = MultipartCalls.Pdf("klynge");
        var posted = await writer.PostMultipartAsync("/hjornet/ny",
            new() { ["Title"] = "Notat til begge noder", ["Body"] = "Se vedlegg.", ["Summary"] = "", ["Language"] = "nb", ["Type"] = "notat" },
            ("Klyngenotat.pdf", pdf));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var link = AttachmentLink().Match(await _client.TextAsync(posted.Headers.Location!.OriginalString));
        Assert.True(link.Success, "the corner note shows no attachment link");
        var id = Guid.ParseExact(link.Groups[1].Value[(link.Groups[1].Value.LastIndexOf('/') + 1)..], "N");
        Assert.True(await WithDbAsync(db => db.Set<CornerAttachmentFile>().AnyAsync(f => f.AttachmentId == id)), "the PDF is not in the database");

        foreach (var node in new[] { _nodeA.BaseUrl!, _nodeB.BaseUrl })
        {
            using var reader = DirectClient(node);
            var response = await reader.GetAsync(link.Groups[1].Value);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(pdf, await response.Content.ReadAsByteArrayAsync());
        }
    }

    [GeneratedRegex("href=\"(/hjornet/vedlegg/[0-9a-f]{32})\"")]
    private static partial Regex AttachmentLink();
}
