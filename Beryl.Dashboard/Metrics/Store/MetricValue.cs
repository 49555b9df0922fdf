namespace Beryl.Dashboard.Metrics.Store;

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
