using Beryl.Dashboard.Metrics.Store;

namespace Beryl.Dashboard.Metrics.Report;

internal static class SnapshotLookup
{
    public static Dictionary<(string Key, string Label), double?> Index(MetricSnapshot snapshot) =>
        snapshot.Values.ToDictionary(v => (v.Key, v.Label), v => v.Value);
}
