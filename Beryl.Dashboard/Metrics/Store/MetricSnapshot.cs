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
