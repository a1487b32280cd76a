using Intranet.Core.Models;
using Intranet.Corner.Models;

namespace Intranet.Corner.Services.Export;

/// <summary>Everything the archive copy of one corner post holds.</summary>
public sealed record CornerExport(
    Article Article,
    CornerPost? Post,
    IReadOnlyList<ArticleVersion> EarlierVersions,
    IReadOnlyList<CornerAttachment> Attachments,
    IReadOnlyList<AuditEntry> History,
    string ExportedBy,
    DateTimeOffset ExportedAt,
    string BaseUrl);
