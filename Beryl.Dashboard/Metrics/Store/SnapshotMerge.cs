namespace Beryl.Dashboard.Metrics.Store;

/// <summary>
/// What a new collection of a day keeps of the day's earlier snapshot. Beryl keeps no history, so a value an earlier
/// collection knew (the nightly one, at the end of the day) can never be had again: a later collection that cannot
/// know it (a current state collected past the grace minutes) stores unknown, and must not erase it. A metric the new
/// collection did not know at all (every one of its values unknown, or absent) keeps the earlier collection's known
/// values, with the time that collection ran; everything else is the new collection's.
/// </summary>
public static class SnapshotMerge
{
    /// <summary>The values to store: <paramref name="newer"/>, stamped <paramref name="collectedAt"/>, or the kept <paramref name="earlier"/> ones.</summary>
    public static MergedValues Merge(IReadOnlyList<MetricValue> newer, IReadOnlyList<MetricValue> earlier, DateTime collectedAt)
    {
        var newerByKey = newer.GroupBy(v => v.Key).ToDictionary(g => g.Key, g => g.ToList());
        var kept = earlier.Where(v => v.Value is not null).GroupBy(v => v.Key)
            .Where(g => !newerByKey.TryGetValue(g.Key, out var values) || values.All(v => v.Value is null))
            .ToDictionary(g => g.Key, g => g.ToList());
        var values = newer.Where(v => !kept.ContainsKey(v.Key)).Select(v => Copy(v, v.Value, collectedAt))
            .Concat(kept.Values.SelectMany(g => g).Select(v => Copy(v, v.Value, v.CollectedAt)))
            .ToList();
        return new MergedValues(values, kept.Keys.Order(StringComparer.Ordinal).ToList());
    }

    private static MetricValue Copy(MetricValue value, double? number, DateTime collectedAt) =>
        new() { Day = value.Day, Key = value.Key, Label = value.Label, Value = number, CollectedAt = collectedAt, Origin = value.Origin,
            SinceDayStart = value.SinceDayStart, UsualShareByCutOff = value.UsualShareByCutOff };
}
