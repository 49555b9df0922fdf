namespace Beryl.Dashboard.Metrics.Store;

/// <summary>The values a save stores, and the metrics whose earlier known values it kept.</summary>
public sealed record MergedValues(IReadOnlyList<MetricValue> Values, IReadOnlyList<string> KeptKeys);
