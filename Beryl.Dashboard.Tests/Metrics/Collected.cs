using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Metrics;

/// <summary>A snapshot read back from the dashboard database, with lookups that fail loudly on a missing key.</summary>
public sealed class Collected(MetricSnapshot snapshot)
{
    public MetricSnapshot Snapshot => snapshot;

    /// <summary>Runs the real collector for <paramref name="day"/> and reads the stored snapshot back.</summary>
    public static async Task<Collected> CollectAsync(TestServices services, DateOnly day)
    {
        await services.Get<MetricsCollector>().CollectAsync(day);
        return await LoadAsync(services, day);
    }

    public static async Task<Collected> LoadAsync(TestServices services, DateOnly day)
    {
        var snapshots = await services.Get<SnapshotStore>().LoadAsync([day]);
        Assert.True(snapshots.ContainsKey(day), $"No snapshot stored for {day:yyyy-MM-dd}.");
        return new Collected(snapshots[day]);
    }

    /// <summary>The stored value of a plain metric (or one label of a distribution).</summary>
    public double? this[string key, string label = ""]
    {
        get
        {
            var value = snapshot.Values.SingleOrDefault(v => v.Key == key && v.Label == label);
            Assert.True(value is not null, $"No value stored for {key} {label}.");
            return value.Value;
        }
    }

    /// <summary>Every label of a distribution with its value.</summary>
    public Dictionary<string, double?> Distribution(string key) =>
        snapshot.Values.Where(v => v.Key == key).ToDictionary(v => v.Label, v => v.Value);
}
