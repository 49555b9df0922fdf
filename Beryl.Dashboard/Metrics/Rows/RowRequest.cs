namespace Beryl.Dashboard.Metrics.Rows;

/// <summary>Which rows to list: a listable count (and its label, for a distribution) on a day.</summary>
public sealed record RowRequest(MetricDefinition Metric, string Label, DateOnly Day)
{
    public string Title => Label == "" ? Metric.Label : $"{Metric.Label}: {Metric.LabelTitle(Label)}";
}
