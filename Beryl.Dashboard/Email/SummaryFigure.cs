using Beryl.Dashboard.Metrics.Report;

namespace Beryl.Dashboard.Email;

/// <summary>A headline figure of the summary, with yesterday's value beside it.</summary>
public sealed record SummaryFigure(MetricRow Row)
{
    public string Label => Row.Title;

    public string Value => MetricFormat.Value(Row.Value, Row.Metric.Unit);

    public MetricChange SinceYesterday => Row.Change(1);

    public string Yesterday => $"yesterday {MetricFormat.Value(SinceYesterday.Previous, Row.Metric.Unit)}";
}
