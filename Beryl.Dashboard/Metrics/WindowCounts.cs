namespace Beryl.Dashboard.Metrics;

/// <summary>
/// A windowed count's three values, as one grouped query returns them (the rows of the 30-day window, counted also
/// from the 7-day and the 24-hour window's start): a source reads them into this and sets a family from it.
/// </summary>
public sealed record WindowCounts(int Day, int Week, int Month)
{
    public static readonly WindowCounts None = new(0, 0, 0);

    /// <summary>The counts of each window, from a count by window (a sum of days, say).</summary>
    public static WindowCounts Of(Func<MetricWindow, int> count) => new(count(MetricWindow.Day), count(MetricWindow.Week), count(MetricWindow.Month));

    public int this[MetricWindow window] => window switch
    {
        MetricWindow.Day => Day,
        MetricWindow.Week => Week,
        _ => Month,
    };

    public static WindowCounts operator +(WindowCounts a, WindowCounts b) => new(a.Day + b.Day, a.Week + b.Week, a.Month + b.Month);
}
