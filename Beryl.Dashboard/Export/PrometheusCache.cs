using System.Text;
using Beryl.Dashboard.Metrics.Report;
using Beryl.Dashboard.Metrics.Store;

namespace Beryl.Dashboard.Export;

/// <summary>
/// Keeps the rendered Prometheus text of the latest snapshot. Each request asks the store for its revision (one small
/// query) and re-renders only when it changed: a new snapshot, or a note explaining an alert, which changes the alert
/// counts. Asking the store rather than listening for saves also sees changes written by another process
/// (<c>collect-daily-metrics</c> from cron or make).
/// </summary>
public sealed class PrometheusCache(SnapshotStore store, ReportBuilder reports, Microsoft.Extensions.Options.IOptions<Metrics.MetricsOptions> options)
{
    private sealed record Rendered(long Revision, byte[] Utf8);

    private Rendered? current;

    public async Task<byte[]> GetUtf8Async(CancellationToken ct = default)
    {
        // Read before the snapshot, so a save between the two leaves an older revision on the text, never a newer.
        var (revision, latest) = await store.RevisionAsync(ct);
        var cached = Volatile.Read(ref current);
        if (cached is not null && cached.Revision == revision)
            return cached.Utf8;

        var snapshot = latest is not { } day ? null : (await store.LoadAsync([day], ct)).GetValueOrDefault(day);
        // The alert counts are the report's, as the page and the email show them, and of this same snapshot.
        var alerts = snapshot is null ? [] : (await reports.BuildAsync(snapshot, ct)).Alerts;
        var rendered = new Rendered(revision, Encoding.UTF8.GetBytes(PrometheusExporter.Render(snapshot, alerts, options.Value.LargestLabels)));
        Volatile.Write(ref current, rendered);
        return rendered.Utf8;
    }
}
