using System.Linq.Expressions;
using Beryl.Dashboard.BerylData;

namespace Beryl.Dashboard.Metrics.Sources;

/// <summary>
/// The rule for an orphaned file, shared by the count (<see cref="StorageMetrics"/>) and its rows: a media file that
/// no live image row uses at the cut-off, avatars aside (a profile uses them). The check is NOT IN two uncorrelated
/// lists of the media files live image rows use: each list is read once, where a correlated NOT EXISTS looked up
/// both tables for every file.
/// </summary>
public static class OrphanedFiles
{
    public static Expression<Func<MediaFile, bool>> At(BerylDbContext db, DateTime cutOff)
    {
        var inCollectionImages = db.CollectionImages.LiveAt(cutOff).Select(i => i.MediaFileId);
        var inItemImages = db.CollectionItemImages.LiveAt(cutOff).Select(i => i.MediaFileId);
        return m => m.MediaType != BerylChoices.Avatar && !inCollectionImages.Contains(m.Id) && !inItemImages.Contains(m.Id);
    }
}
