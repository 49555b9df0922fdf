using Beryl.Dashboard.Formats;
using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics.Store;
using Microsoft.Extensions.Options;

namespace Beryl.Dashboard.Metrics.Report;

/// <summary>
/// The report of a snapshot from snapshots already in hand: each metric's changes against the baselines, then the
/// changes past a threshold judged by <see cref="AlertJudge"/> on the metric's history. Reads nothing itself
/// (<see cref="ReportBuilder"/> loads what it needs).
/// </summary>
public sealed class ReportComposer(BusinessCalendar calendar, IOptions<MetricsOptions> options)
{
    private readonly AlertThresholds thresholds = new(options.Value.AlertThresholdWarning, options.Value.AlertThresholdCritical);
    private readonly AlertJudge judge = new(options.Value.AlertHistoryDays, options.Value.AlertMinimumChange);

    /// <summary>Days of history an alert is judged on.</summary>
    public int HistoryDays => judge.HistoryDays;

    /// <summary>
    /// Builds the report from snapshots already loaded: the current one, and any of its baselines and of the
    /// <see cref="LookbackDays"/> before it (missing days are gaps in the history).
    /// </summary>
    public MetricReport Build(MetricSnapshot current, IReadOnlyDictionary<DateOnly, MetricSnapshot> snapshots)
    {
        var indexed = snapshots.Values.Where(s => s.Day < current.Day).ToDictionary(s => s.Day, SnapshotLookup.Index);
        double? ValueOn(MetricRow row, DateOnly on) => indexed.GetValueOrDefault(on)?.GetValueOrDefault((row.Metric.Key, row.Label));
        return WithAlerts(WithRecent(Compare(current, snapshots), ValueOn), current, ValueOn);
    }

    /// <summary>
    /// Each row with its values of the <see cref="MetricRow.RecentDays"/> days up to the report's day
    /// (<paramref name="valueOn"/> for the days before it): its sparkline. Before <see cref="WithAlerts"/>, whose
    /// alerts hold the rows.
    /// </summary>
    public static MetricReport WithRecent(MetricReport report, Func<MetricRow, DateOnly, double?> valueOn)
    {
        var days = Enumerable.Range(1 - MetricRow.RecentDays, MetricRow.RecentDays).Select(report.Day.AddDays).ToList();
        MetricRow WithValues(MetricRow row) => row.IsDistributionHeader
            ? row with { SubRows = row.SubRows.Select(WithValues).ToList() }
            : row with { Recent = days.Select(d => d == report.Day ? row.Value : valueOn(row, d)).ToList() };
        return report with { Categories = report.Categories.Select(c => c with { Rows = c.Rows.Select(WithValues).ToList() }).ToList() };
    }

    /// <summary>The rows and their changes against the baselines in <paramref name="snapshots"/>; no alerts yet.</summary>
    public MetricReport Compare(MetricSnapshot current, IReadOnlyDictionary<DateOnly, MetricSnapshot> snapshots)
    {
        var values = SnapshotLookup.Index(current);
        // Values a later collection could not know and kept from an earlier one: the page says which.
        var keptFrom = current.Values.Where(v => v.CollectedAt != default && v.CollectedAt != current.CollectedAt)
            .ToDictionary(v => (v.Key, v.Label), v => new KeptValue(calendar.ToLocal(v.CollectedAt), ValueSources.Of(v, calendar)));
        var baselines = Comparisons.Days.ToDictionary(p => p, p => snapshots.TryGetValue(current.Day.AddDays(-p), out var s)
            ? new Baseline(s.Day, SnapshotLookup.Index(s), s)
            : new Baseline(current.Day.AddDays(-p), null, null));

        MetricRow RowOf(MetricDefinition metric, string label)
        {
            var value = values.GetValueOrDefault((metric.Key, label));
            var unknownReason = value is null ? UnknownReason(metric, label, current) : null;
            var changes = Comparisons.Days.Select(p => ChangeOf(metric, label, value, unknownReason, p, baselines[p])).ToList();
            var (previous, previousUnknown) = ValueOn(metric, label, baselines[1]);
            return new MetricRow(metric, label, value, unknownReason, changes, [])
            {
                KeptFrom = keptFrom.GetValueOrDefault((metric.Key, label)), Previous = previous, PreviousUnknownReason = previousUnknown,
            };
        }

        var categories = MetricCatalog.ByCategory().Select(category => new CategoryReport(category.Key,
            category.Select(metric => metric.IsDistribution
                ? new MetricRow(metric, "", null, null, [], LabelsOf(metric, current).Select(l => RowOf(metric, l)).ToList())
                : RowOf(metric, "")).ToList())).ToList();

        return new MetricReport(current.Day, current.CutOff, calendar.ToLocal(current.CollectedAt), current.Duration,
            current.IsProvisional, categories, [], thresholds)
        {
            LabelsShown = options.Value.LargestLabels, Source = ValueSources.Describe(current.Values, calendar),
        };
    }

    /// <summary>The changes with a severity: the ones an alert can come from.</summary>
    public static IEnumerable<(MetricRow Row, MetricChange Change)> Candidates(MetricReport report) =>
        report.AllRows.SelectMany(row => row.Changes.Where(c => c.Severity != Severity.None).Select(c => (row, c)));

    /// <summary>
    /// Judges every candidate change with the row's value on earlier days (<paramref name="valueOn"/>) and the admins'
    /// <paramref name="explanations"/> of alerts: an explained day leaves its metric's history, a change measured
    /// from or across it is its echo and no alert, and the report's own explained alerts are listed apart.
    /// </summary>
    public MetricReport WithAlerts(MetricReport report, MetricSnapshot current, Func<MetricRow, DateOnly, double?> valueOn,
        IReadOnlyList<DayNote>? explanations = null)
    {
        var elapsed = ElapsedShare(current);
        var splits = current.Values.Select(v => (v.Key, v.Label, Split: TodaySoFar.Of(v))).Where(v => v.Split is not null)
            .ToDictionary(v => (v.Key, v.Label), v => v.Split);
        var explained = (explanations ?? []).ToLookup(n => (n.MetricKey!, n.MetricLabel ?? ""));
        var judged = Candidates(report).Select(candidate =>
        {
            var (row, change) = candidate;
            var notes = explained[(row.Metric.Key, row.Label)].ToList();
            var echo = notes.FirstOrDefault(n => n.Day >= current.Day.AddDays(-change.PeriodDays) && n.Day < current.Day);
            var verdict = echo is not null
                ? new AlertVerdict(false, $"measured from or across {IsoDay.Text(echo.Day)}, whose alert was explained: {echo.Text}", null)
                : judge.Judge(row.Metric, change, current.Day, day => notes.Any(n => n.Day == day) ? null : valueOn(row, day),
                    thresholds, elapsed, splits.GetValueOrDefault((row.Metric.Key, row.Label)));
            return (Alert: new MetricAlert(row, change, verdict.Reason, verdict.Usual), verdict.IsAlert,
                Explanation: notes.FirstOrDefault(n => n.Day == current.Day));
        }).ToList();
        // One alert per row, its worst period (the shortest of the most severe: the freshest news): a collapse seen
        // against yesterday, last week and last month is one event.
        List<(MetricAlert Alert, DayNote? Explanation)> OnePerRow(IEnumerable<(MetricAlert Alert, bool IsAlert, DayNote? Explanation)> list) =>
            list.Where(j => j.IsAlert).GroupBy(j => (j.Alert.Row.Metric.Key, j.Alert.Row.Label))
                .Select(g => g.OrderBy(j => WorstFirst(j.Alert)).First()).OrderBy(j => WorstFirst(j.Alert))
                .Select(j => (j.Alert, j.Explanation)).ToList();
        var alerts = OnePerRow(judged);
        return report with
        {
            Alerts = alerts.Where(a => a.Explanation is null).Select(a => a.Alert).ToList(),
            Explained = alerts.Where(a => a.Explanation is not null).Select(a => new ExplainedAlert(a.Alert, a.Explanation!)).ToList(),
            UsualChanges = judged.Count(j => !j.IsAlert),
        };
    }

    /// <summary>
    /// How much of the snapshot's day is over at its cut-off: 1 for a final snapshot, 0.625 for today collected at
    /// 15:00. Its windows are as long as any day's (they end at the cut-off), so it is judged like a final day, with
    /// the weekday rhythm and the changes since earlier days weighed by this share.
    /// </summary>
    private double ElapsedShare(MetricSnapshot snapshot)
    {
        if (!snapshot.IsProvisional)
            return 1;
        var (start, end) = (calendar.StartOf(snapshot.Day), calendar.StartOf(snapshot.Day.AddDays(1)));
        return Math.Clamp((snapshot.CutOff - start) / (end - start), 0, 1);
    }

    private static (int, int, double) WorstFirst(MetricAlert a) => (-(int)a.Severity, a.Change.PeriodDays, -Math.Abs(a.Change.Percent ?? 0));

    private MetricChange ChangeOf(MetricDefinition metric, string label, double? value, string? unknownReason,
        int period, Baseline baseline)
    {
        var (previous, missing) = ValueOn(metric, label, baseline);
        if (baseline.Values is not null && value is null)
            return MetricChange.NotAvailable(period, unknownReason!);
        if (previous is not double before)
            return MetricChange.NotAvailable(period, missing!);
        return MetricChange.Compare(period, value!.Value, before, metric.Polarity, metric.Alerts ? thresholds : null);
    }

    /// <summary>A metric's value in a baseline snapshot, or why it has none.</summary>
    private static (double? Value, string? UnknownReason) ValueOn(MetricDefinition metric, string label, Baseline baseline)
    {
        if (baseline.Values is null)
            return (null, $"{NoSnapshot.For(baseline.Day)}.");
        if (!baseline.Values.TryGetValue((metric.Key, label), out var before))
            return (null, $"Not in the snapshot of {IsoDay.Text(baseline.Day)}.");
        return before is double known
            ? (known, null)
            : (null, UnknownReason(metric, label, baseline.Snapshot!, $"Unknown on {IsoDay.Text(baseline.Day)}"));
    }

    /// <summary>The snapshot a change is measured from (its values indexed), or only its day when there is none.</summary>
    private sealed record Baseline(DateOnly Day, Dictionary<(string, string), double?>? Values, MetricSnapshot? Snapshot);

    private const string PastStateReason = "Beryl keeps no history of this state, so it is only known when collected at the end of its day.";

    /// <summary>
    /// Why a metric has no value in a snapshot (<paramref name="unknown"/>: "Unknown", or "Unknown on DAY" for a
    /// baseline): it did not exist yet, the collection came after the day, or Beryl's collector did not have it.
    /// </summary>
    private static string UnknownReason(MetricDefinition metric, string label, MetricSnapshot snapshot, string unknown = "Unknown") =>
        snapshot.Values.FirstOrDefault(v => v.Key == metric.Key && v.Label == label) switch
        {
            null => $"Not collected on {IsoDay.Text(snapshot.Day)} ({metric.Key} did not exist yet).",
            { Origin: ValueOrigin.BerylCollector } => $"{unknown}: imported from Beryl's own collector. " +
                                                       (BerylCollectorColumns.WhyNotImported(metric.Key) ?? BerylCollectorColumns.AcrossDaylightSaving),
            _ => $"{unknown}: collected on {IsoDay.Minute(snapshot.CollectedAt)} UTC, after the day ended. {PastStateReason}",
        };

    /// <summary>A distribution's labels in the snapshot: fixed ones in their order, others by value, largest first.</summary>
    private static IEnumerable<string> LabelsOf(MetricDefinition metric, MetricSnapshot snapshot)
    {
        var stored = snapshot.Values.Where(v => v.Key == metric.Key).ToList();
        if (metric.FixedLabels is { } fixedLabels)
            return fixedLabels.Concat(stored.Select(v => v.Label).Except(fixedLabels));
        return stored.OrderByDescending(v => v.Value ?? -1).ThenBy(v => v.Label, StringComparer.Ordinal).Select(v => v.Label);
    }
}
