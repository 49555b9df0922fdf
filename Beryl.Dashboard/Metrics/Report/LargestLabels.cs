using System.Globalization;

namespace Beryl.Dashboard.Metrics.Report;

/// <summary>
/// A distribution's labels are Beryl's users' names: one user making 5,000 item types made a 3 MB email to every
/// superuser, 5,000 Prometheus series and a chart that took half a minute to draw. The email, Prometheus (so Grafana)
/// and the history chart show the largest <c>Metrics:LargestLabels</c> labels and the rest summed as one "other";
/// the page's table and the CSV keep every label.
/// </summary>
public static class LargestLabels
{
    /// <summary>The label of the sum of the others in Prometheus and the chart.</summary>
    public const string Other = "(other)";

    /// <summary>
    /// The <paramref name="count"/> largest of <paramref name="items"/> by value (unknown last, ties by label), in their
    /// given order, and the rest; everything is "largest" when there are not more than <paramref name="count"/>.
    /// </summary>
    public static (IReadOnlyList<T> Largest, IReadOnlyList<T> Others) Split<T>(IReadOnlyList<T> items, int count,
        Func<T, double?> value, Func<T, string> label)
    {
        if (items.Count <= count)
            return (items, []);
        var largest = items.OrderByDescending(i => value(i) ?? double.NegativeInfinity).ThenBy(label, StringComparer.Ordinal)
            .Take(count).ToHashSet();
        return (items.Where(largest.Contains).ToList(), items.Where(i => !largest.Contains(i)).ToList());
    }

    /// <summary>The sum of the known values of <paramref name="rest"/>.</summary>
    public static double Sum<T>(IEnumerable<T> rest, Func<T, double?> value) => rest.Sum(i => value(i) ?? 0);

    /// <summary>
    /// The email's row for the labels past the largest: their number and summed value. Its changes are not
    /// computed (the labels in it differ from day to day): N/A, saying where each is.
    /// </summary>
    public static MetricRow OtherRow(MetricDefinition metric, IReadOnlyList<MetricRow> rest)
    {
        var label = $"{rest.Count.ToString("N0", CultureInfo.InvariantCulture)} other {metric.DimensionPlural}";
        const string reason = "The sum of the smaller labels, which differ from day to day: the dashboard lists each.";
        return new MetricRow(metric, label, Sum(rest, r => r.Value), null,
            Comparisons.Days.Select(p => MetricChange.NotAvailable(p, reason)).ToList(), []);
    }
}
