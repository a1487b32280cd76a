using Intranet.Content.Services;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Content.Pages.Admin.Content;

/// <summary>The choices the editor offers: units grouped by sector, and the values.</summary>
public sealed class EditorOptions(IntranetDbContext db, OrgValueNames values)
{
    public IReadOnlyList<Unit> Sectors { get; private set; } = [];
    public IReadOnlyList<OrgValue> Values { get; private set; } = [];

    public async Task LoadAsync(CancellationToken ct)
    {
        Sectors = await db.Units.AsNoTracking().Where(u => u.ParentId == null).Include(u => u.Children)
            .OrderBy(u => u.Name).ToListAsync(ct);
        Values = await values.AllAsync(ct);
    }
}
