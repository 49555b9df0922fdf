using System.Globalization;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Store;

namespace Beryl.Dashboard.Benchmark.Queries;

/// <summary>
/// The numbers of one snapshot, keyed by (metric, label) as the collector stores them, so the collector, the
/// naive baseline and the floor can be compared value by value.
/// </summary>
public sealed class MetricNumbers
{
    private readonly Dictionary<(string Key, string Label), double> values = [];

    public IReadOnlyDictionary<(string Key, string Label), double> Values => values;

    public void Set(string key, double value) => values[(key, "")] = value;

    /// <summary>Adds to a distribution's label (labels that collide add up, as in <see cref="SnapshotValues"/>).</summary>
    public void Add(string key, string label, double value) => values[(key, label)] = values.GetValueOrDefault((key, label)) + value;

    public void SetWindow(string prefix, MetricWindow window, double value) => Set(MetricWindows.Key(prefix, window), value);

    public static MetricNumbers FromSnapshot(MetricSnapshot snapshot)
    {
        var numbers = new MetricNumbers();
        foreach (var value in snapshot.Values)
            numbers.values[(value.Key, value.Label)] = value.Value
                ?? throw new InvalidOperationException($"The collector stored {value.Key} {value.Label} as unknown; the benchmark collects after midnight so every value should be known.");
        return numbers;
    }

    /// <summary>The metrics compared: every catalog value except the collection's own duration.</summary>
    public static bool Compared(string key) => key != "collection_duration_seconds";

    /// <summary>
    /// Every difference between two sets of numbers, one line each; empty when they agree. Counts and bytes must be
    /// equal; percents and ratios (computed with the same formula from equal counts) within 1e-12 relative.
    /// </summary>
    public static List<string> Differences(string leftName, MetricNumbers left, string rightName, MetricNumbers right)
    {
        var differences = new List<string>();
        foreach (var metric in MetricCatalog.All.Where(m => Compared(m.Key)))
        {
            var keys = left.values.Keys.Concat(right.values.Keys).Where(k => k.Key == metric.Key).Distinct()
                .OrderBy(k => k.Label, StringComparer.Ordinal).ToList();
            if (keys.Count == 0)
                differences.Add($"{metric.Key}: no value in either");
            foreach (var key in keys)
            {
                var inLeft = left.values.TryGetValue(key, out var a);
                var inRight = right.values.TryGetValue(key, out var b);
                var label = key.Label == "" ? metric.Key : $"{metric.Key} {{{key.Label}}}";
                if (!inLeft || !inRight)
                    differences.Add($"{label}: {leftName} {(inLeft ? Show(a) : "missing")}, {rightName} {(inRight ? Show(b) : "missing")}");
                else if (!Same(metric.Unit, a, b))
                    differences.Add($"{label}: {leftName} {Show(a)}, {rightName} {Show(b)}");
            }
        }
        foreach (var key in left.values.Keys.Concat(right.values.Keys).Select(k => k.Key).Distinct())
            if (!MetricCatalog.TryGet(key, out _))
                differences.Add($"{key}: not a catalog metric");
        return differences;
    }

    public static bool Same(MetricUnit unit, double a, double b) => unit switch
    {
        MetricUnit.Percent or MetricUnit.Ratio => a == b || Math.Abs(a - b) <= 1e-12 * Math.Max(Math.Abs(a), Math.Abs(b)),
        _ => a == b,
    };

    private static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
