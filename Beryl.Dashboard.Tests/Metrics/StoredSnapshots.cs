using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Metrics;

/// <summary>Hand-written snapshots saved through the real store, to build reports from known numbers.</summary>
public static class StoredSnapshots
{
    /// <summary>A value of a snapshot: a plain metric when <paramref name="Label"/> is empty.</summary>
    public sealed record V(string Key, double? Value, string Label = "");

    public static async Task SaveAsync(TestServices services, DateOnly day, params V[] values)
    {
        var cutOff = DateTime.SpecifyKind(day.AddDays(1).ToDateTime(TimeOnly.MinValue).AddHours(-2), DateTimeKind.Utc);
        await services.Get<SnapshotStore>().SaveAsync(new MetricSnapshot
        {
            Day = day,
            CutOff = cutOff,
            CollectedAt = cutOff.AddMinutes(5),
            DurationMs = 1234,
            Values = values.Select(v => new MetricValue { Key = v.Key, Label = v.Label, Value = v.Value }).ToList(),
        });
    }
}
