using Beryl.Dashboard.BerylData;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Metrics.Sources;

/// <summary>links_total, links_matched, links_unmatched, links_by_pattern: one grouped pass over links.</summary>
public sealed class LinkMetrics : IMetricSource
{
    public MetricCategory Category => MetricCategory.Links;

    public async Task CollectAsync(BerylDbContext db, CollectionPeriod p, SnapshotValues values, CancellationToken ct)
    {
        var perPattern = await db.Links.LiveAt(p.CutOff).GroupBy(l => l.LinkPatternId)
            .Select(g => new { PatternId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var patterns = await db.LinkPatterns.Select(lp => new { lp.Id, lp.DisplayName, Live = lp.Created < p.CutOff && !lp.IsDeleted })
            .ToListAsync(ct);
        var names = patterns.ToDictionary(lp => lp.Id, lp => lp.DisplayName);

        var matched = perPattern.Where(x => x.PatternId is not null).Sum(x => x.Count);
        var unmatched = perPattern.Where(x => x.PatternId is null).Sum(x => x.Count);
        values.Set("links_total", matched + unmatched);
        values.Set("links_matched", matched);
        values.Set("links_unmatched", unmatched);
        // Live patterns show with 0 when nothing matched them, which is worth seeing.
        values.SetDistribution("links_by_pattern",
            patterns.Where(lp => lp.Live).Select(lp => KeyValuePair.Create(lp.DisplayName, 0d))
                .Concat(perPattern.Where(x => x.PatternId is not null).Select(x => KeyValuePair.Create(
                    names.GetValueOrDefault(x.PatternId!.Value, $"pattern {x.PatternId}"), (double)x.Count))));
    }
}
