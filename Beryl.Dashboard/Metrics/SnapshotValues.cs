using Beryl.Dashboard.Metrics.Store;

namespace Beryl.Dashboard.Metrics;

/// <summary>The values a collection gathers, checked against the catalog before they are saved.</summary>
public sealed class SnapshotValues
{
    private readonly Dictionary<(string Key, string Label), double?> values = [];

    /// <summary>Metrics a source has set, including distributions that turned out to have no labels at all.</summary>
    private readonly HashSet<string> collected = [];

    /// <summary>The 24-hour counts of events whose window is split at the day's start (today's provisional snapshot only).</summary>
    private readonly Dictionary<string, TodaySoFar> soFar = [];

    public void Set(string key, double? value) => Put(key, "", value);

    public void Set(string key, string label, double? value)
    {
        if (!MetricCatalog.ByKey(key).IsDistribution)
            throw new InvalidOperationException($"Metric '{key}' is not a distribution; it has no labels.");
        Put(key, label, value);
    }

    /// <summary>
    /// Sets a windowed metric (users_new_24h, _7d, _30d) from its counts, and for a count of events in
    /// today's provisional snapshot its 24-hour window's split at the day's start.
    /// </summary>
    public void SetWindows(string prefix, WindowCounts counts, TodaySoFar? split = null)
    {
        foreach (var window in MetricWindows.All)
            Set(MetricWindows.Key(prefix, window), counts[window]);
        if (split is not null)
            soFar[MetricWindows.Key(prefix, MetricWindow.Day)] = split;
    }

    /// <summary>Sets every label of a distribution; fixed labels missing from <paramref name="counts"/> are 0.</summary>
    public void SetDistribution(string key, IEnumerable<KeyValuePair<string, double>> counts)
    {
        var metric = MetricCatalog.ByKey(key);
        collected.Add(key);
        foreach (var label in metric.FixedLabels ?? [])
            Set(key, label, 0);
        foreach (var group in counts.GroupBy(c => c.Key))
            Set(key, group.Key, group.Sum(c => c.Value));
    }

    public double? this[string key, string label = ""] => values.GetValueOrDefault((key, label));

    /// <summary>
    /// A metric not collected at all, unknown: a plain metric's one value, a distribution's fixed labels (its other
    /// labels are not known either).
    /// </summary>
    public void SetUnknown(MetricDefinition metric)
    {
        if (!metric.IsDistribution)
            Set(metric.Key, null);
        foreach (var label in metric.FixedLabels ?? [])
            Put(metric.Key, label, null);
        collected.Add(metric.Key);
    }

    /// <summary>Replaces every value of a metric with unknown (keeping fixed labels so the rows still show).</summary>
    public void MarkUnknown(MetricDefinition metric)
    {
        foreach (var entry in values.Keys.Where(k => k.Key == metric.Key).ToList())
            values[entry] = null;
    }

    /// <summary>Throws when a catalog metric was not collected: a source forgot it.</summary>
    public void EnsureComplete()
    {
        var missing = MetricCatalog.All.Where(m => !collected.Contains(m.Key)).Select(m => m.Key).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException($"No value collected for: {string.Join(", ", missing)}.");
    }

    public List<MetricValue> ToRows() =>
        values.Select(v => new MetricValue
        {
            Key = v.Key.Key, Label = v.Key.Label, Value = v.Value,
            SinceDayStart = soFar.GetValueOrDefault(v.Key.Key)?.Count, UsualShareByCutOff = soFar.GetValueOrDefault(v.Key.Key)?.UsualShare,
        }).ToList();

    private void Put(string key, string label, double? value)
    {
        if (value is double d && (double.IsNaN(d) || double.IsInfinity(d)))
            throw new InvalidOperationException($"Metric '{key}' {label} is not a number ({d}).");
        values[(key, label)] = value;
        collected.Add(key);
    }
}
