using Beryl.Dashboard.Metrics.Store;

namespace Beryl.Dashboard.Metrics.Report;

/// <summary>An alert of the day that an admin explained: it leaves the alert list, its note says why.</summary>
public sealed record ExplainedAlert(MetricAlert Alert, DayNote Note);
