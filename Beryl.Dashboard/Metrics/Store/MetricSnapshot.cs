namespace Beryl.Dashboard.Metrics.Store;

/// <summary>One day's snapshot: when and how it was taken. Its numbers are <see cref="Values"/>.</summary>
public class MetricSnapshot
{
    public DateOnly Day { get; set; }
    /// <summary>The moment the numbers are "as of" (UTC): the end of the day, or the collection time for today.</summary>
    public DateTime CutOff { get; set; }
    public DateTime CollectedAt { get; set; }
    public long DurationMs { get; set; }
    /// <summary>True for today's snapshot: the day is not over yet.</summary>
    public bool IsProvisional { get; set; }
    public List<MetricValue> Values { get; set; } = [];

    public TimeSpan Duration => TimeSpan.FromMilliseconds(DurationMs);
}

/// <summary>A metric's value in a snapshot; <see cref="Label"/> is empty except for distributions.</summary>
public class MetricValue
{
    public DateOnly Day { get; set; }
    public string Key { get; set; } = "";
    public string Label { get; set; } = "";
    /// <summary>Null means unknown (a current-state metric collected for a past date).</summary>
    public double? Value { get; set; }

    /// <summary>
    /// When the collection this value came from ran (UTC): the snapshot's own, or an earlier collection's whose known
    /// value a later one could not know (see <see cref="SnapshotMerge"/>).
    /// </summary>
    public DateTime CollectedAt { get; set; }

    /// <summary>Whose collection it was: the dashboard's, or Beryl's own collector's, imported.</summary>
    public ValueOrigin Origin { get; set; }

    /// <summary>For a 24-hour count of events in today's provisional snapshot: the part since the day's start (see <see cref="TodaySoFar"/>).</summary>
    public double? SinceDayStart { get; set; }

    /// <summary>With <see cref="SinceDayStart"/>: the share of a usual day's events that come before the cut-off's time of day.</summary>
    public double? UsualShareByCutOff { get; set; }
}

/// <summary>Who collected a value. Stored as a number: new origins are added at the end.</summary>
public enum ValueOrigin
{
    /// <summary>A collection of the dashboard (nightly, "Collect now", the CLI, a backfill).</summary>
    Dashboard = 0,

    /// <summary>Beryl's own collector (its <c>collect_daily_metrics</c> command), imported from <c>web_dailymetrics</c>.</summary>
    BerylCollector = 1,
}
