using Beryl.Dashboard.BerylData;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Metrics.Sources;

/// <summary>moderation_flagged, moderation_pending, users_with_violations, users_banned.</summary>
public sealed class ModerationMetrics : IMetricSource
{
    public MetricCategory Category => MetricCategory.Moderation;

    public async Task CollectAsync(CollectionRead beryl, SnapshotValues values, CancellationToken ct)
    {
        var (db, p) = (beryl.Db, beryl.Period);
        var c = p.CutOff;
        var media = await db.MediaFiles.LiveAt(c)
            .Where(m => m.ContentModerationStatus == BerylChoices.Flagged || m.ContentModerationStatus == BerylChoices.Pending)
            .GroupBy(m => m.ContentModerationStatus)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Status, x => x.Count, ct);

        var profiles = await db.UserProfiles.Where(pr => pr.User!.DateJoined < c).GroupBy(_ => 1).Select(g => new
        {
            WithViolations = g.Count(pr => pr.ContentModerationViolations > 0),
            Banned = g.Count(pr => pr.IsContentBanned),
        }).SingleOrDefaultAsync(ct);

        values.Set("moderation_flagged", media.GetValueOrDefault(BerylChoices.Flagged));
        values.Set("moderation_pending", media.GetValueOrDefault(BerylChoices.Pending));
        values.Set("users_with_violations", profiles?.WithViolations ?? 0);
        values.Set("users_banned", profiles?.Banned ?? 0);
    }
}
