namespace Beryl.Dashboard.Metrics.Report;

/// <summary>
/// How many days before a report's day its values are compared with (a metric's own window, 24 hours or 7 days,
/// is <see cref="MetricWindow"/>: a different thing that shares the numbers).
/// </summary>
public static class Comparisons
{
    /// <summary>Yesterday, a week and 30 days before: every view's columns and every alert's span.</summary>
    public static readonly IReadOnlyList<int> Days = [1, 7, 30];

    /// <summary>The comparisons a mail has room for: yesterday and a week ago (the page adds 30 days).</summary>
    public static readonly IReadOnlyList<int> InEmail = [1, 7];

    /// <summary>A comparison's column heading, also an alert's span in lower case ("vs 7 days").</summary>
    public static string Heading(int days) => days switch
    {
        1 => "vs Yesterday",
        7 => "vs 7 Days",
        30 => "vs 30 Days",
        _ => $"vs {days} Days",
    };
}
