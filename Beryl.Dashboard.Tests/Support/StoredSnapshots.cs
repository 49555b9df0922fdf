using Beryl.Dashboard.Metrics.Store;

namespace Beryl.Dashboard.Tests.Support;

/// <summary>Hand-written snapshots, in hand or saved through the real store, to build reports from known numbers.</summary>
public static class StoredSnapshots
{
    /// <summary>A value of a snapshot: a plain metric when <paramref name="Label"/> is empty.</summary>
    public sealed record V(string Key, double? Value, string Label = "");

    /// <summary>A snapshot cut off at midnight in Zurich (22:00 UTC in summer) and collected five minutes later.</summary>
    public static MetricSnapshot Snapshot(DateOnly day, params V[] values)
    {
        var cutOff = DateTime.SpecifyKind(day.AddDays(1).ToDateTime(TimeOnly.MinValue).AddHours(-2), DateTimeKind.Utc);
        return Snapshot(day, cutOff, cutOff.AddMinutes(5), 1234, values);
    }

    /// <summary>A snapshot of the given cut-off, collection time and duration.</summary>
    public static MetricSnapshot Snapshot(DateOnly day, DateTime cutOff, DateTime collectedAt, long durationMs, params V[] values) => new()
    {
        Day = day,
        CutOff = cutOff,
        CollectedAt = collectedAt,
        DurationMs = durationMs,
        Values = values.Select(v => new MetricValue { Day = day, Key = v.Key, Label = v.Label, Value = v.Value }).ToList(),
    };

    public static async Task SaveAsync(TestServices services, DateOnly day, params V[] values) =>
        await services.Get<SnapshotStore>().SaveAsync(Snapshot(day, values));
}
