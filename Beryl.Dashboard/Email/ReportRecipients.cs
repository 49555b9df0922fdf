using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.BerylData;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Email;

/// <summary>Who receives the daily report: Beryl's admins (active superusers not banned for their content), once per address.</summary>
public sealed class ReportRecipients(IDbContextFactory<BerylDbContext> beryl)
{
    public async Task<List<string>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await beryl.CreateDbContextAsync(ct);
        var emails = await db.Users.AsNoTracking().Where(u => u.IsActive && u.IsSuperuser && (u.Profile == null || !u.Profile.IsContentBanned))
            .Select(u => u.Email).ToListAsync(ct);
        return emails.Select(e => e.Trim()).Where(e => e.Length > 0)
            .DistinctBy(ReportDelivery.Normalise).Order(StringComparer.OrdinalIgnoreCase).ToList();
    }
}
