using Beryl.Dashboard.Metrics;

namespace Beryl.Dashboard.Export;

/// <summary>A query of a panel: a PromQL expression and how its series are named in the legend.</summary>
public sealed record GrafanaTarget(string Expr, string LegendFormat);
