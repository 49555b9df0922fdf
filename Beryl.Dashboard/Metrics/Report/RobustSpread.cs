namespace Beryl.Dashboard.Metrics.Report;

/// <summary>
/// Median and spread that a few odd days cannot move: a metric's history holds its own incidents, and an average
/// and standard deviation would let last month's outage widen what counts as usual today.
/// </summary>
public static class RobustSpread
{
    /// <summary>Scales a median absolute deviation to a standard deviation for normally spread data.</summary>
    private const double MadToSigma = 1.4826;

    /// <summary>Scales a mean absolute deviation to a standard deviation for normally spread data (sqrt(pi / 2)).</summary>
    private const double MeanDeviationToSigma = 1.2533;

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
            throw new ArgumentException("The median of nothing is undefined.", nameof(values));
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>
    /// How far values usually stray from their centre, as a standard deviation: 1.4826 times the median absolute
    /// deviation. When most deviations are 0 (a small count that changes one day in five) that median is 0 and would
    /// make any change infinitely unusual, so the mean absolute deviation stands in.
    /// </summary>
    public static double Sigma(IReadOnlyCollection<double> deviations)
    {
        var absolute = deviations.Select(Math.Abs).ToArray();
        var mad = Median(absolute);
        return mad > 0 ? MadToSigma * mad : MeanDeviationToSigma * absolute.Average();
    }
}
