using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Alerts;

namespace Beryl.Dashboard.Tests.Metrics.Alerts;

/// <summary>
/// The usual range of today's provisional snapshot: a window as long as a final day's, a change since yesterday
/// that spans only part of a day, and a weekly rhythm split between yesterday's weekday and today's.
/// </summary>
public sealed class UsualRangeTests
{
    /// <summary>A Monday.</summary>
    private static readonly DateOnly Day = new(2026, 6, 15);

    private static IReadOnlyList<HistoryPoint> Days(int count, Func<DateOnly, double> value) =>
        Enumerable.Range(1, count).Select(n => Day.AddDays(-n)).Select(d => new HistoryPoint(d, value(d))).ToList();

    [Fact]
    public void At_noon_a_total_is_expected_to_have_grown_by_half_a_day()
    {
        // +20 every day: by noon +10, and a count's floor sqrt(10) = 3.16 makes 10 +- 9.5, rounded outward: 0 to 20.
        var usual = UsualRange.Estimate([], Days(21, _ => 20), Day, baseline: 1_000, periodDays: 1, MetricUnit.Count, elapsed: 0.5)!;

        Assert.Equal((1_010, 1_000, 1_020), (usual.Expected, usual.Low, usual.High));
        Assert.Equal("usually ±0 to +20 by this hour; today +4", usual.Describe(1_004, MetricUnit.Count));
    }

    [Fact]
    public void At_noon_on_a_monday_a_window_is_half_a_sunday_and_half_a_monday()
    {
        // 100 on weekdays and 200 at weekends for four weeks: (200 + 100) / 2 = 150, floor sqrt(150) = 12.2, so 150 +- 36.7.
        var levels = Days(28, d => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 200 : 100);

        var usual = UsualRange.Estimate(levels, [], Day, baseline: 200, periodDays: 1, MetricUnit.Count, elapsed: 0.5)!;

        Assert.Equal((150, 113, 187), (usual.Expected, usual.Low, usual.High));
        Assert.Equal("usually 113 to 187 on Mondays at this hour; today 150", usual.Describe(150, MetricUnit.Count));
    }

    [Fact]
    public void At_noon_the_window_holds_half_of_the_sunday_it_really_had()
    {
        // The same rhythm, but yesterday was a busier Sunday than usual: (240 + 100) / 2 = 170, floor sqrt(170) = 13.0.
        var levels = Days(28, d => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 200 : 100);

        var usual = UsualRange.Estimate(levels, [], Day, baseline: 240, periodDays: 1, MetricUnit.Count, elapsed: 0.5, yesterday: 240)!;

        Assert.Equal((170, 130, 210), (usual.Expected, usual.Low, usual.High));
    }

    [Fact]
    public void A_final_monday_is_a_whole_monday()
    {
        var levels = Days(28, d => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 200 : 100);

        var usual = UsualRange.Estimate(levels, [], Day, baseline: 200, periodDays: 1, MetricUnit.Count)!;

        // 100, floor sqrt(100) = 10: 70 to 130.
        Assert.Equal("usually 70 to 130 on Mondays; today 150", usual.Describe(150, MetricUnit.Count));
    }
}
