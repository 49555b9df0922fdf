using System.Text;
using Beryl.Dashboard.Metrics.Report;
using Beryl.Dashboard.Metrics.Store;

namespace Beryl.Dashboard.Export;

/// <summary>
/// Keeps the rendered Prometheus text of the latest snapshot. Each request asks the store for the latest
/// snapshot's header (one small query) and re-renders only when its day or collection time changed. Asking
/// the store rather than listening for saves also sees snapshots written by another process
/// (<c>collect-daily-metrics</c> from cron or make).
/// </summary>
public sealed class PrometheusCache(SnapshotStore store, ReportBuilder reports, Microsoft.Extensions.Options.IOptions<Metrics.MetricsOptions> options)
{
    private sealed record Rendered(DateOnly? Day, DateTime? CollectedAt, byte[] Utf8);

    private Rendered? current;

    public async Task<byte[]> GetUtf8Async(CancellationToken ct = default)
    {
        var latest = await store.LatestHeaderAsync(ct);
        var cached = Volatile.Read(ref current);
        if (cached is not null && cached.Day == latest?.Day && cached.CollectedAt == latest?.CollectedAt)
            return cached.Utf8;

        // Keyed by the snapshot actually rendered, so a save between the two queries cannot pin stale text.
        var snapshot = latest is null ? null : (await store.LoadAsync([latest.Day], ct)).GetValueOrDefault(latest.Day);
        // The alert counts are the report's, as the page and the email show them, and of this same snapshot.
        var alerts = snapshot is null ? [] : (await reports.BuildAsync(snapshot, ct)).Alerts;
        var rendered = new Rendered(snapshot?.Day, snapshot?.CollectedAt, Encoding.UTF8.GetBytes(PrometheusExporter.Render(snapshot, alerts, options.Value.LargestLabels)));
        Volatile.Write(ref current, rendered);
        return rendered.Utf8;
    }
}
