using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics.Sources;

namespace Beryl.Dashboard.Metrics.Rows;

/// <summary>
/// The rows behind each count that has them, by the collector's own rules: live rows as of the cut-off
/// (<see cref="LiveRows"/>), events in a window ending at it, and the same statuses. A list holds exactly the rows
/// its metric counts at that cut-off; ratios, sums and averages have none.
/// </summary>
public static class RowLists
{
    /// <summary>The rows of a metric (and label, for a distribution) at a period's cut-off.</summary>
    public delegate IQueryable<ListedRow> Query(BerylDbContext db, CollectionPeriod period, string label);

    private static readonly Dictionary<string, Query> Lists = Build();

    public static bool Has(string key) => Lists.ContainsKey(key);

    /// <summary>Every metric whose rows can be listed.</summary>
    public static IEnumerable<string> Keys => Lists.Keys;

    public static Query Of(string key) => Lists[key];

    private static Dictionary<string, Query> Build()
    {
        var lists = new Dictionary<string, Query>
        {
            ["users_total"] = (db, p, _) => db.Users.Where(u => u.DateJoined < p.CutOff).Listed(),
            ["collections_total"] = (db, p, _) => db.Collections.LiveAt(p.CutOff).Listed(),
            ["collections_by_visibility"] = (db, p, label) =>
                db.Collections.LiveAt(p.CutOff).Where(c => c.Visibility.ToLower() == label).Listed(),
            ["items_total"] = (db, p, _) => db.CollectionItems.LiveAt(p.CutOff).Listed(),
            ["items_by_status"] = (db, p, label) => db.CollectionItems.LiveAt(p.CutOff).Where(i => i.Status.ToLower() == label).Listed(),
            ["items_by_type"] = (db, p, label) => (label == MetricCatalog.Untyped
                ? db.CollectionItems.LiveAt(p.CutOff).Where(i => i.ItemTypeId == null)
                : db.CollectionItems.LiveAt(p.CutOff).Where(i => i.ItemType!.DisplayName == label)).Listed(),
            ["favorite_items_total"] = (db, p, _) => db.CollectionItems.LiveAt(p.CutOff).Where(i => i.IsFavorite).Listed(),
            ["links_total"] = (db, p, _) => db.Links.LiveAt(p.CutOff).Listed(),
            ["links_matched"] = (db, p, _) => db.Links.LiveAt(p.CutOff).Where(l => l.LinkPatternId != null).Listed(),
            ["links_unmatched"] = (db, p, _) => db.Links.LiveAt(p.CutOff).Where(l => l.LinkPatternId == null).Listed(),
            // Under the name of the pattern it matched when saved, deleted pattern or not, as the collector counts it.
            ["links_by_pattern"] = (db, p, label) => db.Links.LiveAt(p.CutOff).Where(l => l.LinkPattern!.DisplayName == label).Listed(),
            ["media_files_total"] = (db, p, _) => db.MediaFiles.LiveAt(p.CutOff).Listed(),
            ["media_orphaned"] = (db, p, _) => db.MediaFiles.LiveAt(p.CutOff).Where(OrphanedFiles.At(db, p.CutOff)).Listed(),
            ["media_corrupted"] = (db, p, _) => db.MediaFiles.LiveAt(p.CutOff).Where(m => !m.FileExists).Listed(),
            ["moderation_flagged"] = (db, p, _) =>
                db.MediaFiles.LiveAt(p.CutOff).Where(m => m.ContentModerationStatus == BerylChoices.Flagged).Listed(),
            ["moderation_pending"] = (db, p, _) =>
                db.MediaFiles.LiveAt(p.CutOff).Where(m => m.ContentModerationStatus == BerylChoices.Pending).Listed(),
            ["emails_total"] = (db, p, _) => db.Emails.Where(e => e.Created < p.CutOff).Listed(),
            ["emails_pending"] = (db, p, _) => db.Emails.Where(e => e.Created < p.CutOff
                && (e.Status == null || BerylChoices.PendingEmailStatuses.Contains(e.Status.Value))).Listed(),
            ["emails_sent"] = (db, p, _) => db.Emails.Where(e => e.Created < p.CutOff && e.Status == BerylChoices.EmailSent).Listed(),
            ["emails_failed"] = (db, p, _) => db.Emails.Where(e => e.Created < p.CutOff && e.Status == BerylChoices.EmailFailed).Listed(),
            ["users_with_violations"] = (db, p, _) =>
                db.Users.Where(u => u.DateJoined < p.CutOff && u.Profile != null && u.Profile.ContentModerationViolations > 0).Listed(),
            ["users_banned"] = (db, p, _) =>
                db.Users.Where(u => u.DateJoined < p.CutOff && u.Profile != null && u.Profile.IsContentBanned).Listed(),
        };
        foreach (var window in MetricWindows.All)
        {
            lists[MetricWindows.Key("users_new", window)] = (db, p, _) =>
                db.Users.Where(u => u.DateJoined >= p.Start(window) && u.DateJoined < p.CutOff).Listed();
            lists[MetricWindows.Key("users_active", window)] = (db, p, _) =>
                db.Users.Where(u => u.LastLogin >= p.Start(window) && u.LastLogin < p.CutOff).Listed();
            lists[MetricWindows.Key("collections_created", window)] = (db, p, _) => CreatedRows.InWindow(db.Collections, p, window).Listed();
            lists[MetricWindows.Key("items_created", window)] = (db, p, _) => CreatedRows.InWindow(db.CollectionItems, p, window).Listed();
            lists[MetricWindows.Key("uploads", window)] = (db, p, _) => CreatedRows.InWindow(db.MediaFiles, p, window).Listed();
            lists[MetricWindows.Key("emails_failed", window)] = (db, p, _) => db.Emails.Where(e =>
                e.Status == BerylChoices.EmailFailed && e.Created >= p.Start(window) && e.Created < p.CutOff).Listed();
        }
        return lists;
    }
}
