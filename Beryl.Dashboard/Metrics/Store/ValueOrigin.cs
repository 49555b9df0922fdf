namespace Beryl.Dashboard.Metrics.Store;

/// <summary>Who collected a value. Stored as a number: new origins are added at the end.</summary>
public enum ValueOrigin
{
    /// <summary>A collection of the dashboard (nightly, "Collect now", the CLI, a backfill).</summary>
    Dashboard = 0,

    /// <summary>Beryl's own collector (its <c>collect_daily_metrics</c> command), imported from <c>web_dailymetrics</c>.</summary>
    BerylCollector = 1,
}
