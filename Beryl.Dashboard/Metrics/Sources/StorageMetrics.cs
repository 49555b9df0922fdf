using Beryl.Dashboard.BerylData;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Metrics.Sources;

/// <summary>
/// media_files_total, storage_bytes_total, media_orphaned, media_corrupted, storage_bytes_by_content_type: one
/// grouped pass over live media files, with the orphan check inside it; uploads_*: the rows created
/// (<see cref="CreatedRows"/>).
/// </summary>
public sealed class StorageMetrics : IMetricSource
{
    public MetricCategory Category => MetricCategory.Storage;

    public async Task CollectAsync(CollectionRead beryl, SnapshotValues values, CancellationToken ct)
    {
        var (db, p) = (beryl.Db, beryl.Period);
        var c = p.CutOff;

        // One pass over live media files, the orphan check inside it.
        var orphaned = OrphanedFiles.At(db, c);
        var perType = await db.MediaFiles.LiveAt(c).GroupBy(m => m.ContentType).Select(g => new
        {
            ContentType = g.Key,
            Files = g.Count(),
            // Summed as floating point: a 64-bit integer sum of sizes near 2^63 would overflow.
            Bytes = g.Sum(m => (double?)m.FileSize) ?? 0,
            Missing = g.Count(m => !m.FileExists),
            Orphaned = g.AsQueryable().Count(orphaned),
        }).ToListAsync(ct);

        values.Set("media_files_total", perType.Sum(x => x.Files));
        values.Set("storage_bytes_total", perType.Sum(x => x.Bytes));
        await CreatedRows.SetAsync(values, "uploads", db.MediaFiles, beryl, ct);
        values.Set("media_orphaned", perType.Sum(x => x.Orphaned));
        values.Set("media_corrupted", perType.Sum(x => x.Missing));
        // NULL and '' (a blank Content-Type) are both "unknown".
        values.SetDistribution("storage_bytes_by_content_type", perType
            .GroupBy(x => string.IsNullOrEmpty(x.ContentType) ? MetricCatalog.UnknownContentType : x.ContentType)
            .Select(g => KeyValuePair.Create(g.Key, g.Sum(x => x.Bytes))));
    }
}
