using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Report;

namespace Beryl.Dashboard.Tests.Metrics.Report;

/// <summary>
/// Which changes past a threshold are alerts, on hand-built histories: the defaults (56 days of history, a minimum
/// change of 5, thresholds 10 / 25 %), a report day that is a Sunday.
/// </summary>
public sealed class AlertJudgeTests
{
    private static readonly AlertThresholds Thresholds = new(10, 25);
    private static readonly AlertJudge Judge = new(historyDays: 56, minimumChange: 5);

    /// <summary>Sunday 29 November 2026.</summary>
    private static readonly DateOnly Day = new(2026, 11, 29);

    private static AlertVerdict Verdict(string key, int periodDays, Func<DateOnly, double?> valueOn)
    {
        var metric = MetricCatalog.ByKey(key);
        var change = MetricChange.Compare(periodDays, valueOn(Day)!.Value, valueOn(Day.AddDays(-periodDays))!.Value, metric.Polarity, Thresholds);
        Assert.NotEqual(Severity.None, change.Severity);
        return Judge.Judge(metric, change, Day, valueOn, Thresholds);
    }

    private static int DaysBefore(DateOnly day) => Day.DayNumber - day.DayNumber;

    [Fact]
    public void Steady_growth_collected_at_noon_is_expected_to_be_half_a_day_short_of_a_whole_period()
    {
        // 20 new users a day, and today so far half a day: +590 since 30 days ago (+18 %, a warning), where the
        // whole 30 days make +600. 29.5 days of it: 590 +- 3 * sqrt(590) = 517.1 .. 662.9, rounded outward.
        double? Users(DateOnly d) => d == Day ? 3_830 : 3_840 - 20 * DaysBefore(d);
        var metric = MetricCatalog.ByKey("users_total");
        var change = MetricChange.Compare(30, 3_830, Users(Day.AddDays(-30))!.Value, metric.Polarity, Thresholds);

        var verdict = Judge.Judge(metric, change, Day, Users, Thresholds, elapsed: 0.5);

        Assert.False(verdict.IsAlert);
        Assert.Equal("usually +517 to +663 in 30 days; now +590", verdict.Reason);
    }

    [Fact]
    public void Steady_growth_is_no_alert_even_past_the_critical_threshold()
    {
        // 20 new users every day: the 30-day change is +600 each day, today too (+600 / 2,120 = +28 %, critical).
        double? Users(DateOnly d) => 3_840 - 20 * DaysBefore(d);

        var verdict = Verdict("users_total", 30, Users);

        Assert.False(verdict.IsAlert);
        // The changes never vary, so the floor for counts decides: 600 ± 3 * sqrt(600) = 526.5 .. 673.5, rounded outward.
        Assert.Equal("usually +526 to +674 in 30 days; now +600", verdict.Reason);
        Assert.Equal(UsualBasis.Change, verdict.Usual!.Basis);
    }

    [Fact]
    public void A_weekly_rhythm_makes_the_usual_low_day_no_alert()
    {
        // 30 sign-ups a day, 10 on Sundays: today's 10 after Saturday's 30 is -67 %, as every Sunday.
        double? NewUsers(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 10 : 30;

        var verdict = Verdict("users_new_24h", 1, NewUsers);

        Assert.False(verdict.IsAlert);
        Assert.Equal(DayOfWeek.Sunday, verdict.Usual!.Weekday);
        // Sundays change by -20 every week: -20 ± 3 * sqrt(20) = -33.4 .. -6.6, rounded outward, from Saturday's 30
        // (and no lower than 0 users).
        Assert.Equal("usually -30 to -6 a day on Sundays; today -20", verdict.Reason);
    }

    [Fact]
    public void The_same_drop_on_a_weekday_is_an_alert()
    {
        // The same rhythm, but this time Saturday was the 10: Friday 30 -> Saturday 10 is not what Saturdays do.
        var saturday = Day.AddDays(-1);
        double? NewUsers(DateOnly d) => d == saturday || d.DayOfWeek == DayOfWeek.Sunday ? 10 : 30;

        var metric = MetricCatalog.ByKey("users_new_24h");
        var change = MetricChange.Compare(1, 10, 30, metric.Polarity, Thresholds);
        var verdict = Judge.Judge(metric, change, saturday, NewUsers, Thresholds);

        Assert.True(verdict.IsAlert);
        Assert.Equal(DayOfWeek.Saturday, verdict.Usual!.Weekday);
        Assert.Equal("usually -3 to +3 a day on Saturdays; today -20", verdict.Reason);
    }

    [Fact]
    public void Two_to_three_new_users_is_no_alert()
    {
        double? NewUsers(DateOnly d) => d == Day ? 3 : 2;

        var verdict = Verdict("users_new_24h", 1, NewUsers);

        Assert.False(verdict.IsAlert);
        Assert.Equal("+1 is less than the minimum change of 5", verdict.Reason);
    }

    [Fact]
    public void A_real_collapse_is_a_critical_alert()
    {
        // Items created a day hover around 40 (a five-day cycle 38, 41, 40, 43, 39); today 5.
        int[] cycle = [38, 41, 40, 43, 39];
        double? Created(DateOnly d) => d == Day ? 5 : cycle[DaysBefore(d) % 5];

        var verdict = Verdict("items_created_24h", 1, Created);

        Assert.True(verdict.IsAlert);
        // Around a level of 40 (median), spread 1.48 (MAD 1) but at least sqrt(40) = 6.32 for a count: up to
        // 40 + 18.97 = 58.97, down to (sqrt 40 - 3 * 6.32 / (2 sqrt 40))^2 = (6.32 - 1.5)^2 = 23.28; rounded outward.
        Assert.Equal(UsualBasis.Level, verdict.Usual!.Basis);
        Assert.Equal("usually 23 to 59; today 5", verdict.Reason);
    }

    [Fact]
    public void A_short_history_falls_back_to_the_threshold_and_the_minimum_and_says_so()
    {
        // Five days of snapshots: 100 active users, then 50.
        double? Active(DateOnly d) => DaysBefore(d) switch { 0 => 50, <= 5 => 100, _ => null };

        var verdict = Verdict("users_active_24h", 1, Active);

        Assert.True(verdict.IsAlert);
        Assert.Null(verdict.Usual);
        Assert.Equal("only 5 days of history, too few to know what is usual (14 needed): " +
                     "judged by the 25 % threshold and the minimum change of 5 alone", verdict.Reason);
    }

    [Fact]
    public void With_a_short_history_a_small_count_is_still_no_alert()
    {
        double? NewUsers(DateOnly d) => DaysBefore(d) switch { 0 => 1, <= 3 => 4, _ => null };

        Assert.False(Verdict("users_new_24h", 1, NewUsers).IsAlert);
    }

    [Fact]
    public void Bytes_have_no_minimum_and_a_jump_after_a_calm_history_is_an_alert()
    {
        // 10 GB growing by 10 MB a day; today 2 GB more (+20 %).
        const double mb = 1024 * 1024;
        double? Storage(DateOnly d) => d == Day ? 11_988 * mb : (10_000 - 10 * DaysBefore(d)) * mb;

        var verdict = Verdict("storage_bytes_total", 1, Storage);

        Assert.True(verdict.IsAlert);
        Assert.Equal("usually +10.0 MB a day; today +2.0 GB", verdict.Reason);
    }
}
