using Beryl.Dashboard.Metrics.Store;
using Microsoft.Extensions.Options;

namespace Beryl.Dashboard.Metrics.Report;

/// <summary>Builds the <see cref="MetricReport"/> of a day from its snapshot and those 1, 7 and 30 days earlier.</summary>
public sealed class ReportBuilder(SnapshotStore store, BusinessCalendar calendar, IOptions<MetricsOptions> options)
{
    private readonly AlertThresholds thresholds = new(options.Value.AlertThresholdWarning, options.Value.AlertThresholdCritical);

    /// <summary>The report of <paramref name="day"/>, or of the latest snapshot when null; null when there is none.</summary>
    public async Task<MetricReport?> BuildAsync(DateOnly? day = null, CancellationToken ct = default)
    {
        var reportDay = day ?? await store.LatestDayAsync(ct);
        if (reportDay is not DateOnly d)
            return null;
        var days = MetricReport.Periods.Select(p => d.AddDays(-p)).Prepend(d).ToList();
        var snapshots = await store.LoadAsync(days, ct);
        return snapshots.TryGetValue(d, out var current) ? Build(current, snapshots) : null;
    }

    /// <summary>Builds the report from snapshots already loaded (the current one and any of its baselines).</summary>
    public MetricReport Build(MetricSnapshot current, IReadOnlyDictionary<DateOnly, MetricSnapshot> snapshots)
    {
        var values = SnapshotLookup.Index(current);
        var baselines = MetricReport.Periods.ToDictionary(p => p, p =>
            snapshots.TryGetValue(current.Day.AddDays(-p), out var s) ? (s.Day, SnapshotLookup.Index(s)) : (current.Day.AddDays(-p), null));

        MetricRow RowOf(MetricDefinition metric, string label)
        {
            var known = values.TryGetValue((metric.Key, label), out var value);
            var unknownReason = value is null ? UnknownReason(metric, current, known) : null;
            var changes = MetricReport.Periods.Select(p => ChangeOf(metric, label, value, unknownReason, p, baselines[p])).ToList();
            return new MetricRow(metric, label, value, unknownReason, changes, []);
        }

        var categories = MetricCatalog.ByCategory().Select(category => new CategoryReport(category.Key,
            category.Select(metric => metric.IsDistribution
                ? new MetricRow(metric, "", null, null, [], LabelsOf(metric, current).Select(l => RowOf(metric, l)).ToList())
                : RowOf(metric, "")).ToList())).ToList();

        var report = new MetricReport(current.Day, current.CutOff, calendar.ToLocal(current.CollectedAt), current.Duration,
            current.IsProvisional, categories, [], thresholds);
        var alerts = report.AllRows
            .SelectMany(r => r.Changes.Where(c => c.Severity != Severity.None).Select(c => new MetricAlert(r, c)))
            .OrderByDescending(a => a.Severity).ThenByDescending(a => Math.Abs(a.Change.Percent ?? 0))
            .ThenBy(a => a.Change.PeriodDays).ToList();
        return report with { Alerts = alerts };
    }

    private MetricChange ChangeOf(MetricDefinition metric, string label, double? value, string? unknownReason,
        int period, (DateOnly Day, Dictionary<(string, string), double?>? Values) baseline)
    {
        if (baseline.Values is null)
            return MetricChange.NotAvailable(period, $"No snapshot for {baseline.Day:yyyy-MM-dd}.");
        if (value is not double current)
            return MetricChange.NotAvailable(period, unknownReason!);
        if (!baseline.Values.TryGetValue((metric.Key, label), out var before))
            return MetricChange.NotAvailable(period, $"Not in the snapshot of {baseline.Day:yyyy-MM-dd}.");
        if (before is not double previous)
            return MetricChange.NotAvailable(period, $"Unknown on {baseline.Day:yyyy-MM-dd}: {PastStateReason}");
        return MetricChange.Compare(period, current, previous, metric.Polarity, metric.Alerts ? thresholds : null);
    }

    private const string PastStateReason = "Beryl keeps no history of this state, so it is only known when collected at the end of its day.";

    private static string UnknownReason(MetricDefinition metric, MetricSnapshot snapshot, bool known) => known
        ? $"Unknown: collected on {snapshot.CollectedAt:yyyy-MM-dd HH:mm} UTC, after the day ended. {PastStateReason}"
        : $"Not collected on {snapshot.Day:yyyy-MM-dd} ({metric.Key} did not exist yet).";

    /// <summary>A distribution's labels in the snapshot: fixed ones in their order, others by value, largest first.</summary>
    private static IEnumerable<string> LabelsOf(MetricDefinition metric, MetricSnapshot snapshot)
    {
        var stored = snapshot.Values.Where(v => v.Key == metric.Key).ToList();
        if (metric.FixedLabels is { } fixedLabels)
            return fixedLabels.Concat(stored.Select(v => v.Label).Except(fixedLabels));
        return stored.OrderByDescending(v => v.Value ?? -1).ThenBy(v => v.Label, StringComparer.Ordinal).Select(v => v.Label);
    }
}
