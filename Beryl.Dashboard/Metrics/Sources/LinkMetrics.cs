using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Metrics.Sources;

/// <summary>links_total, links_matched, links_unmatched, links_by_pattern: the shared pass over links.</summary>
public sealed class LinkMetrics : IMetricSource
{
    public MetricCategory Category => MetricCategory.Links;

    public async Task CollectAsync(CollectionRead beryl, SnapshotValues values, CancellationToken ct)
    {
        var c = beryl.Period.CutOff;
        var links = await beryl.LinksAsync(ct);
        var patterns = await beryl.Db.LinkPatterns.Select(lp => new { lp.Id, lp.DisplayName, Live = lp.Created < c && !lp.IsDeleted })
            .ToListAsync(ct);
        var names = patterns.ToDictionary(lp => lp.Id, lp => lp.DisplayName);

        var matched = links.PerPattern.Values.Sum();
        var unmatched = links.Unmatched;
        values.Set("links_total", matched + unmatched);
        values.Set("links_matched", matched);
        values.Set("links_unmatched", unmatched);
        // Live patterns show with 0 when nothing matched them, which is worth seeing.
        values.SetDistribution("links_by_pattern",
            patterns.Where(lp => lp.Live).Select(lp => KeyValuePair.Create(lp.DisplayName, 0d))
                .Concat(links.PerPattern.Select(x => KeyValuePair.Create(
                    names.GetValueOrDefault(x.Key, $"pattern {x.Key}"), (double)x.Value))));
    }
}
