namespace Beryl.Dashboard.Metrics.Report;

public sealed record CategoryReport(MetricCategory Category, IReadOnlyList<MetricRow> Rows)
{
    public string Title => Category.Title();
}
