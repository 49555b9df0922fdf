namespace Beryl.Dashboard.Metrics.Report;

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

    /// <summary>The value the day before (the baseline of the change against yesterday), or null with <see cref="PreviousUnknownReason"/>.</summary>
    public double? Previous { get; init; }

    public string? PreviousUnknownReason { get; init; }

    /// <summary>How many days <see cref="Recent"/> holds: the page's sparkline, the longest comparison.</summary>
    public const int RecentDays = 30;

    /// <summary>
    /// The values of the <see cref="RecentDays"/> days up to the report's day, oldest first, null where unknown or
    /// not collected; empty for a distribution's own row and for a report built without them.
    /// </summary>
    public IReadOnlyList<double?> Recent { get; init; } = [];

    public bool IsDistributionHeader => Metric.IsDistribution && Label == "";
    public string Title => Label == "" ? Metric.Label : Metric.LabelTitle(Label);
    public MetricChange Change(int periodDays) => Changes.First(c => c.PeriodDays == periodDays);
}
