using Beryl.Dashboard.Metrics.Report;

namespace Beryl.Dashboard.Metrics.Report;

/// <summary>One day of a metric's history: its value, or its change over the period up to that day.</summary>
public readonly record struct HistoryPoint(DateOnly Day, double Value);
