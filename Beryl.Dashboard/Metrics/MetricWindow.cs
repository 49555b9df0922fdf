namespace Beryl.Dashboard.Metrics;

/// <summary>The three trailing windows, in calendar days of the business time zone, each ending at the cut-off.</summary>
public enum MetricWindow { Day = 1, Week = 7, Month = 30 }
