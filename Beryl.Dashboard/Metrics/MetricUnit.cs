namespace Beryl.Dashboard.Metrics;

public enum MetricUnit { Count, Bytes, Percent, Ratio, Seconds }
