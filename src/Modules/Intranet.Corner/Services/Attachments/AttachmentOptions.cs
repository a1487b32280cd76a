using Microsoft.Extensions.Configuration;

namespace Intranet.Corner.Services.Attachments;

/// <summary><c>Intranet:Corner:*</c>: attachment limits and where attachments are stored.</summary>
public sealed class AttachmentOptions
{
    public const string Section = "Intranet:Corner";

    /// <summary>Largest PDF accepted (default 20 MB).</summary>
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Most files in one form post.</summary>
    public int MaxFilesPerPost { get; set; } = 5;

    /// <summary>FileSystem or Database; empty follows the database provider (PostgreSQL → Database), as media do.</summary>
    public string? Store { get; set; }

    public static bool UsesDatabaseStore(IConfiguration configuration)
    {
        var store = configuration[Section + ":Store"];
        if (!string.IsNullOrWhiteSpace(store)) return store.Trim().Equals("Database", StringComparison.OrdinalIgnoreCase);
        return string.Equals(configuration["Intranet:Database:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase);
    }
}
