using Beryl.Dashboard.Metrics.Store;
using Microsoft.Extensions.Options;

namespace Beryl.Dashboard.Metrics;

/// <summary>
/// The history of a Beryl just connected, in one step: Beryl's own snapshots imported (<see cref="BerylHistoryImport"/>),
/// then every past day of the retention period rebuilt from Beryl's rows (<see cref="PastDaysCollector"/>) except the
/// days the dashboard collected itself, which are left as they are.
/// </summary>
public sealed class HistoryBuilder(
    BerylHistoryImport import,
    PastDaysCollector pastDays,
    SnapshotStore store,
    BusinessCalendar calendar,
    TimeProvider clock,
    IOptions<MetricsOptions> options)
{
    public async Task<HistoryBuild> BuildAsync(IProgress<CollectionProgress>? progress = null, CancellationToken ct = default)
    {
        progress?.Report(new CollectionProgress(0, 2, "Importing Beryl's own snapshots"));
        var imported = await import.ImportAsync(ct);

        progress?.Report(new CollectionProgress(1, 2, "Rebuilding past days from Beryl's tables"));
        var today = calendar.DayOf(clock.GetUtcNow());
        var first = today.AddDays(-options.Value.RetentionDays);
        var stored = await store.StoredDaysAsync(first, today, ct);
        // A day with a snapshot of the dashboard's own keeps it; an imported one gets what Beryl's rows tell.
        var days = Enumerable.Range(0, today.DayNumber - first.DayNumber).Select(first.AddDays)
            .Where(d => pastDays.IsPast(d) && (!stored.TryGetValue(d, out var importedOnly) || importedOnly)).ToList();
        var rebuilt = await pastDays.CollectAsync(days, ct);

        progress?.Report(new CollectionProgress(2, 2, "Done"));
        return new HistoryBuild(imported, rebuilt);
    }
}
