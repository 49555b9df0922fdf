using Beryl.Dashboard.BerylData;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Metrics.Sources;

/// <summary>
/// media_files_total, storage_bytes_total, uploads_*, media_orphaned, media_corrupted,
/// storage_bytes_by_content_type: one grouped pass over media files and one anti-join for orphans.
/// </summary>
public sealed class StorageMetrics : IMetricSource
{
    public MetricCategory Category => MetricCategory.Storage;

    public async Task CollectAsync(BerylDbContext db, CollectionPeriod p, SnapshotValues values, CancellationToken ct)
    {
        DateTime c = p.CutOff, d1 = p.Start(MetricWindow.Day), d7 = p.Start(MetricWindow.Week), d30 = p.Start(MetricWindow.Month);

        var perType = await db.MediaFiles.LiveAt(c).GroupBy(m => m.ContentType).Select(g => new
        {
            ContentType = g.Key,
            Files = g.Count(),
            // Summed as floating point: a 64-bit integer sum of sizes near 2^63 would overflow.
            Bytes = g.Sum(m => (double?)m.FileSize) ?? 0,
            Missing = g.Count(m => !m.FileExists),
            Uploads1 = g.Count(m => m.Created >= d1),
            Uploads7 = g.Count(m => m.Created >= d7),
            Uploads30 = g.Count(m => m.Created >= d30),
        }).ToListAsync(ct);

        var collectionImages = db.CollectionImages.LiveAt(c);
        var itemImages = db.CollectionItemImages.LiveAt(c);
        var orphaned = await db.MediaFiles.LiveAt(c)
            .Where(m => m.MediaType != MediaType.Avatar)
            .Where(m => !collectionImages.Any(i => i.MediaFileId == m.Id) && !itemImages.Any(i => i.MediaFileId == m.Id))
            .CountAsync(ct);

        values.Set("media_files_total", perType.Sum(x => x.Files));
        values.Set("storage_bytes_total", perType.Sum(x => x.Bytes));
        values.SetWindows("uploads", w => perType.Sum(x => w switch
        {
            MetricWindow.Day => x.Uploads1,
            MetricWindow.Week => x.Uploads7,
            _ => x.Uploads30,
        }));
        values.Set("media_orphaned", orphaned);
        values.Set("media_corrupted", perType.Sum(x => x.Missing));
        values.SetDistribution("storage_bytes_by_content_type",
            perType.Select(x => KeyValuePair.Create(x.ContentType ?? MetricCatalog.UnknownContentType, x.Bytes)));
    }
}
