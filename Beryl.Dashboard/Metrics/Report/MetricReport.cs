
namespace Beryl.Dashboard.Metrics.Report;

/// <summary>
/// The report of a day: a day's snapshot compared with those 1, 7 and 30 days earlier.
/// Built once by <see cref="ReportBuilder"/>; the page, the email and the CLI only render it.
/// </summary>
public sealed record MetricReport(
    DateOnly Day,
    DateTime CutOff,
    /// <summary>When the snapshot was taken, in the business time zone.</summary>
    DateTimeOffset CollectedAt,
    TimeSpan Duration,
    bool IsProvisional,
    IReadOnlyList<CategoryReport> Categories,
    IReadOnlyList<MetricAlert> Alerts,
    AlertThresholds Thresholds)
{
    /// <summary>The day's alerts an admin explained: not in <see cref="Alerts"/>, each with its note.</summary>
    public IReadOnlyList<ExplainedAlert> Explained { get; init; } = [];

    /// <summary>
    /// What else happened on the report's day, one line each: Beryl's releases ("Beryl updated: web.0038_b"), then
    /// the admins' notes, oldest first ("Note by admin@beryl.local, 2026-12-05 09:12: newsletter sent").
    /// </summary>
    public IReadOnlyList<string> DayEvents { get; init; } = [];

    /// <summary>Changes past a threshold that were judged usual for their metric (or too small), so not alerts.</summary>
    public int UsualChanges { get; init; }

    /// <summary>Whether this change (one of a row's) is one of the report's alerts.</summary>
    public bool IsAlert(MetricChange change) => MarkOf(change) != Severity.None;

    /// <summary>
    /// The mark a change gets in every view: its alert's severity, or none. A change past a threshold that was judged
    /// usual for its metric is not marked, so a mark always means an alert.
    /// </summary>
    public Severity MarkOf(MetricChange change) =>
        Alerts.FirstOrDefault(a => ReferenceEquals(a.Change, change))?.Severity ?? Severity.None;

    /// <summary>
    /// Where the snapshot's values came from when not from a collection at the day's end ("rebuilt from Beryl's
    /// tables", "from Beryl's own collector"); null for an ordinary snapshot.
    /// </summary>
    public string? Source { get; init; }

    /// <summary>How many labels of a distribution the views that must stay small show (<see cref="LargestLabels"/>).</summary>
    public int LabelsShown { get; init; } = MetricsOptions.DefaultLargestLabels;

    /// <summary>A distribution's largest labels, and the others summed in one row (null when none is left out).</summary>
    public (IReadOnlyList<MetricRow> Largest, MetricRow? Other) Shown(MetricRow distribution)
    {
        var (largest, rest) = LargestLabels.Split(distribution.SubRows, LabelsShown, r => r.Value, r => r.Label);
        return (largest, rest.Count == 0 ? null : LargestLabels.OtherRow(distribution.Metric, rest));
    }

    public IEnumerable<MetricRow> AllRows => Categories.SelectMany(c => c.Rows).SelectMany(r => r.SubRows.Prepend(r));

    public MetricRow Row(string key, string label = "") =>
        AllRows.First(r => r.Metric.Key == key && r.Label == label);
}
