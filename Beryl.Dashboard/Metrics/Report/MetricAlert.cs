namespace Beryl.Dashboard.Metrics.Report;

/// <summary>
/// A change a person should act on: past a threshold, unusual for its metric and big enough (see AlertJudge), with
/// <see cref="Reason"/> in words and the <see cref="Usual"/> range it was judged against (null with too little history).
/// A row has at most one: the worst of its periods.
/// </summary>
public sealed record MetricAlert(MetricRow Row, MetricChange Change, string Reason, UsualRange? Usual = null)
{
    public Severity Severity => Change.Severity;
    public string Title => Row.Metric.IsDistribution ? $"{Row.Metric.Label}: {Row.Title}" : Row.Metric.Label;
}
