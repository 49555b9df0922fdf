using Beryl.Dashboard.BerylData;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Metrics.Sources;

/// <summary>moderation_flagged, moderation_pending, users_with_violations, users_banned.</summary>
public sealed class ModerationMetrics : IMetricSource
{
    public MetricCategory Category => MetricCategory.Moderation;

    public async Task CollectAsync(BerylDbContext db, CollectionPeriod p, SnapshotValues values, CancellationToken ct)
    {
        var c = p.CutOff;
        // Only the flagged and pending files are read, from the (ContentModerationStatus, Created, DeletedAt) index.
        var media = await db.MediaFiles.LiveAt(c)
            .Where(m => m.ContentModerationStatus == ModerationStatus.Flagged || m.ContentModerationStatus == ModerationStatus.Pending)
            .GroupBy(m => m.ContentModerationStatus)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Status, x => x.Count, ct);

        var profiles = await db.UserProfiles.Where(pr => pr.User!.DateJoined < c).GroupBy(_ => 1).Select(g => new
        {
            WithViolations = g.Count(pr => pr.ContentModerationViolations > 0),
            Banned = g.Count(pr => pr.IsContentBanned),
        }).SingleOrDefaultAsync(ct);

        values.Set("moderation_flagged", media.GetValueOrDefault(ModerationStatus.Flagged));
        values.Set("moderation_pending", media.GetValueOrDefault(ModerationStatus.Pending));
        values.Set("users_with_violations", profiles?.WithViolations ?? 0);
        values.Set("users_banned", profiles?.Banned ?? 0);
    }
}
