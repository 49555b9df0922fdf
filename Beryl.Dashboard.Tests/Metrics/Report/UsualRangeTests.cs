using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Report;

namespace Beryl.Dashboard.Tests.Metrics.Report;

/// <summary>
/// The usual range of today's provisional snapshot: a window as long as a final day's, a change since yesterday
/// that spans only part of a day, a weekly rhythm split between yesterday's weekday and today's, and a burst weekday.
/// </summary>
public sealed class UsualRangeTests
{
    /// <summary>A Monday.</summary>
    private static readonly DateOnly Monday = new(2026, 6, 15);

    private static IReadOnlyList<HistoryPoint> Days(DateOnly day, int count, Func<DateOnly, double> value) =>
        Enumerable.Range(1, count).Select(n => day.AddDays(-n)).Select(d => new HistoryPoint(d, value(d))).ToList();

    /// <summary>Four weeks of 100 a weekday and 150 at weekends: a rhythm, not a burst.</summary>
    private static readonly IReadOnlyList<HistoryPoint> BusierWeekends =
        Days(Monday, 28, d => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 150 : 100);

    [Fact]
    public void At_noon_a_total_is_expected_to_have_grown_by_half_a_day()
    {
        // +20 every day: by noon +10, and a count's floor sqrt(10) = 3.16 makes 10 +- 9.5, rounded outward: 0 to 20.
        var usual = UsualRange.Estimate([], Days(Monday, 21, _ => 20), Monday, baseline: 1_000, periodDays: 1, MetricUnit.Count, elapsed: 0.5)!;

        Assert.Equal((1_010, 1_000, 1_020), (usual.Expected, usual.Low, usual.High));
        Assert.Equal("usually ±0 to +20 by this hour; today +4", usual.Describe(1_004, MetricUnit.Count));
    }

    [Fact]
    public void At_noon_on_a_monday_a_window_is_half_a_sunday_and_half_a_monday()
    {
        // (150 + 100) / 2 = 125, varying by 0.25 * 100 + 0.25 * (150 + 100) = 87.5: up to 125 + 3 * 9.35 = 153.1, down
        // to (sqrt 125 - 3 * 9.35 / (2 sqrt 125))^2 = 9.93^2 = 98.5; rounded outward.
        var usual = UsualRange.Estimate(BusierWeekends, [], Monday, baseline: 150, periodDays: 1, MetricUnit.Count, elapsed: 0.5)!;

        Assert.Equal((125, 98, 154), (usual.Expected, usual.Low, usual.High));
        Assert.Equal("usually 98 to 154 on Mondays at this hour; today 125", usual.Describe(125, MetricUnit.Count));
    }

    [Fact]
    public void At_noon_the_window_holds_half_of_the_sunday_it_really_had()
    {
        // Yesterday was a busier Sunday than usual: (190 + 100) / 2 = 145, varying by 25 + 0.25 * 290 = 97.5 (σ 9.87):
        // up to 145 + 29.6, down to (sqrt 145 - 3 * 9.87 / (2 sqrt 145))^2 = 10.81^2 = 116.9.
        var usual = UsualRange.Estimate(BusierWeekends, [], Monday, baseline: 190, periodDays: 1, MetricUnit.Count, elapsed: 0.5, yesterday: 190)!;

        Assert.Equal((145, 116, 175), (usual.Expected, usual.Low, usual.High));
    }

    [Fact]
    public void A_final_monday_is_a_whole_monday()
    {
        var usual = UsualRange.Estimate(BusierWeekends, [], Monday, baseline: 150, periodDays: 1, MetricUnit.Count)!;

        // 100, floor sqrt(100) = 10: up to 130, down to (sqrt 100 - 3 * 10 / (2 sqrt 100))^2 = 8.5^2 = 72.25 (a count's
        // lower bound, on the square-root scale): 72 to 130.
        Assert.Equal("usually 72 to 130 on Mondays; today 125", usual.Describe(125, MetricUnit.Count));
    }

    [Fact]
    public void At_noon_on_a_newsletter_tuesday_it_may_have_gone_out_or_not()
    {
        // 3 failed e-mails a day and 33 on Tuesdays (the newsletter's 30 at an hour of their own): at noon the window
        // holds them all or none. Evenly spread: (3 + 33) / 2 = 18, varying by 0.25 * 33 + 0.25 * (3 + 33) = 17.25
        // (+- 12.5), and the burst of 30 either way by half: 18 - 15 - 12.5 .. 18 + 15 + 12.5, so 0 to 46.
        var tuesday = Monday.AddDays(1);
        var history = Days(tuesday, 28, d => d.DayOfWeek == DayOfWeek.Tuesday ? 33 : 3);

        var usual = UsualRange.Estimate(history, [], tuesday, baseline: 3, periodDays: 1, MetricUnit.Count, elapsed: 0.5, yesterday: 3)!;

        Assert.Equal((18, 0, 46), (usual.Expected, usual.Low, usual.High));
        Assert.True(usual.Contains(3) && usual.Contains(33));
    }
}
