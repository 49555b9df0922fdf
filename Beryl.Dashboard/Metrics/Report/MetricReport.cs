using Beryl.Dashboard.Metrics.Store;

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
    /// <summary>Changes past a threshold that were judged usual for their metric (or too small), so not alerts.</summary>
    public int UsualChanges { get; init; }

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

    public static readonly IReadOnlyList<int> Periods = [1, 7, 30];

    public IEnumerable<MetricRow> AllRows => Categories.SelectMany(c => c.Rows).SelectMany(r => r.SubRows.Prepend(r));

    public MetricRow Row(string key, string label = "") =>
        AllRows.First(r => r.Metric.Key == key && r.Label == label);
}

public sealed record CategoryReport(MetricCategory Category, IReadOnlyList<MetricRow> Rows)
{
    public string Title => Category.Title();
}

/// <summary>
/// A metric (or one label of a distribution) with its value and changes. A distribution's own row has
/// no value: its labels are the <see cref="SubRows"/>.
/// </summary>
public sealed record MetricRow(
    MetricDefinition Metric,
    string Label,
    double? Value,
    string? UnknownReason,
    IReadOnlyList<MetricChange> Changes,
    IReadOnlyList<MetricRow> SubRows)
{
    /// <summary>
    /// The earlier collection this value was kept from (when it ran, in the business time zone, and whose it was);
    /// null when the value is the snapshot's own collection's.
    /// </summary>
    public KeptValue? KeptFrom { get; init; }

    public bool IsDistributionHeader => Metric.IsDistribution && Label == "";
    public string Title => Label == "" ? Metric.Label : Label;
    public MetricChange Change(int periodDays) => Changes.First(c => c.PeriodDays == periodDays);
}

/// <summary>
/// A change a person should act on: past a threshold, unusual for its metric and big enough (see AlertJudge), with
/// <see cref="Reason"/> in words and the <see cref="Usual"/> range it was judged against (null with too little history).
/// A row has at most one: the worst of its periods.
/// </summary>
public sealed record MetricAlert(MetricRow Row, MetricChange Change, string Reason, UsualRange? Usual = null)
{
    public Severity Severity => Change.Severity;
    public string Title => Row.Metric.IsDistribution ? $"{Row.Metric.Label}: {Row.Label}" : Row.Metric.Label;
}

/// <summary>Snapshot days a report reads, and how a snapshot's values are looked up.</summary>
/// <summary>A value kept from an earlier collection than the snapshot's: when it ran, and whose it was.</summary>
public sealed record KeptValue(DateTimeOffset CollectedAt, ValueSource Source);

internal static class SnapshotLookup
{
    public static Dictionary<(string Key, string Label), double?> Index(MetricSnapshot snapshot) =>
        snapshot.Values.ToDictionary(v => (v.Key, v.Label), v => v.Value);
}
