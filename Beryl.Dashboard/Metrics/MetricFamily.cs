namespace Beryl.Dashboard.Metrics;

/// <summary>
/// A windowed count declared once: the same count over the last 24 hours, 7 and 30 days, one metric per window
/// (<c>users_new_24h</c>, <c>_7d</c>, <c>_30d</c>). <see cref="Prefix"/> is the keys' common start, <see cref="Label"/>
/// the name without a window ("New users").
/// </summary>
public sealed record MetricFamily(string Prefix, string Label);
