using Beryl.Dashboard.Metrics.Report;

namespace Beryl.Dashboard.Demo;

/// <summary>An incident injected on known days, and the metrics whose alert on its first day counts as catching it.</summary>
public sealed record Incident(string Name, int FirstDay, int Days, DayConditions Conditions, IReadOnlyList<string> Keys)
{
    public bool Covers(int day) => day >= FirstDay && day < FirstDay + Days;

    /// <summary>Whether any alert of its first day is about one of <see cref="Keys"/>.</summary>
    public bool CaughtBy(IEnumerable<MetricAlert> alerts) => alerts.Any(a => Keys.Contains(a.Row.Metric.Key));
}
