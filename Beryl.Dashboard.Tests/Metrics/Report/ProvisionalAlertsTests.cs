using Beryl.Dashboard.Metrics.Store;
using static Beryl.Dashboard.Tests.Components.HandWrittenReports;
using static Beryl.Dashboard.Tests.Support.StoredSnapshots;

namespace Beryl.Dashboard.Tests.Metrics.Report;

/// <summary>
/// Today's snapshot collected at 15:00 ("collect now" during an incident) is judged like a final day: its 24-hour
/// window ends at 15:00 and is as long as yesterday's, so a count that collapsed or soared is an alert at once.
/// </summary>
public sealed class ProvisionalAlertsTests
{
    /// <summary>A Monday.</summary>
    private static readonly DateOnly Day = new(2026, 6, 15);

    // 21 days around 120 (median 120: eight of 120, six below, seven above, by 2 to 12; median deviation 3, so a
    // spread of 4.4, less than a count's Poisson sqrt(120)). Yesterday 120. At 15:00 (f = 0.625) the window is 9 hours
    // of yesterday's 120 and 15 of today's usual 120: 120, varying by f^2 * 120 + f (1 - f) (120 + 120) = 103.1,
    // so up to 120 + 3 * 10.15 = 150.5, and down to (sqrt 120 - 3 * 10.15 / (2 sqrt 120))^2 = 91.5 (a count's lower
    // bound, on the square-root scale): 91 to 151.
    internal static readonly double[] ActiveUsers =
        [120, 128, 120, 116, 124, 120, 108, 132, 120, 118, 122, 120, 114, 126, 120, 110, 130, 120, 117, 123, 120];

    // About 2 a day (median 2), 2 yesterday: 2, varying by f^2 * 2 + f (1 - f) (2 + 2) = 1.72, so 2 +- 3.9: 0 to 6
    // (a count is never negative).
    internal static readonly double[] FailedEmails = [2, 1, 3, 2, 2, 3, 1, 2, 2, 1, 3, 2, 2, 3, 1, 2, 2, 1, 3, 2, 2];

    /// <summary>Yesterday is <c>[0]</c>, the day before <c>[1]</c>, and so on.</summary>
    private static MetricSnapshot[] History() => Enumerable.Range(1, 21)
        .Select(n => Snapshot(Day.AddDays(-n), new V("users_active_24h", ActiveUsers[n - 1]), new V("emails_failed_24h", FailedEmails[n - 1])))
        .ToArray();

    /// <summary>Today's snapshot as "collect now" takes it at 15:00 in Zurich (13:00 UTC in summer).</summary>
    private static MetricSnapshot At15(params V[] values) => Provisional(new TimeOnly(13, 0), values);

    /// <summary>Today's snapshot as "collect now" takes it at <paramref name="utc"/>.</summary>
    private static MetricSnapshot Provisional(TimeOnly utc, params V[] values)
    {
        var snapshot = Snapshot(Day, values);
        snapshot.CutOff = snapshot.CollectedAt = Day.ToDateTime(utc, DateTimeKind.Utc);
        snapshot.IsProvisional = true;
        return snapshot;
    }

    // 20 days of sign-ups around 22 (eight of 22, three each of 20, 21, 23 and 24: median 22, median deviation 1, so a
    // spread of 1.5, less than a count's Poisson sqrt(22)). Twenty days: no weekday has the three a weekly rhythm needs.
    private static readonly double[] SignUps = [22, 20, 22, 24, 22, 21, 22, 23, 22, 20, 22, 24, 22, 21, 22, 23, 20, 24, 21, 23];

    private static MetricSnapshot[] SignUpHistory() =>
        Enumerable.Range(1, 20).Select(n => Snapshot(Day.AddDays(-n), new V("users_new_24h", SignUps[n - 1]))).ToArray();

    /// <summary>"Collect now" at noon (10:00 UTC): 24-hour sign-ups, <paramref name="today"/> of them since midnight.</summary>
    private static MetricSnapshot SignUpsAtNoon(double window, double today, double usualShare)
    {
        var noon = Provisional(new TimeOnly(10, 0), new V("users_new_24h", window));
        var value = noon.Values.Single();
        (value.SinceDayStart, value.UsualShareByCutOff) = (today, usualShare);
        return noon;
    }

    [Fact]
    public void No_sign_up_since_midnight_is_an_alert_at_noon()
    {
        // The window holds yesterday afternoon's 11 and none of today. Half of a usual day's sign-ups come by noon:
        // 11 expected since midnight, varying as a count does (sqrt 11 = 3.32), so at least
        // (sqrt 11 - 3 * 3.32 / (2 sqrt 11))^2 = 1.82^2 = 3.3 of them: 11 + 3.3 = 14.3 to 11 + 11 + 9.95 = 31.95.
        var report = Build(SignUpsAtNoon(window: 11, today: 0, usualShare: 0.5), SignUpHistory());

        var alert = Assert.Single(report.Alerts);
        Assert.Equal(("New users (24h)", 1, "usually 14 to 32; today 11"), (alert.Title, alert.Change.PeriodDays, alert.Reason));
    }

    [Fact]
    public void The_same_window_without_its_split_is_no_alert_at_noon()
    {
        // Judged as a whole (half of yesterday's 22 and half of today's usual 22), 11 lies within 22's usual noon
        // spread: sqrt(0.25 * 22 + 0.25 * 44) = 4.06, down to (sqrt 22 - 3 * 4.06 / (2 sqrt 22))^2 = 11.5, rounded down.
        var noon = Provisional(new TimeOnly(10, 0), new V("users_new_24h", 11));

        var report = Build(noon, SignUpHistory());

        Assert.Empty(report.Alerts);
    }

    [Fact]
    public void A_quiet_morning_where_sign_ups_usually_come_later_is_no_alert()
    {
        // 08:00 (06:00 UTC): no sign-up since midnight, where 10 % of a day's usually come by then (2.2 expected, so
        // down to 0), and 15 from yesterday after 08:00: 15 to 15 + 2.2 + 3 * sqrt(2.2) = 21.7. Had the day's hours been
        // taken as even, a third of 22 (7.3) would have been expected since midnight, at least
        // (sqrt 7.3 - 1.5)^2 = 1.5 of them, and 15 (-32 % on yesterday) would have been an alert.
        var morning = Provisional(new TimeOnly(6, 0), new V("users_new_24h", 15));
        (morning.Values[0].SinceDayStart, morning.Values[0].UsualShareByCutOff) = (0, 0.1);

        var report = Build(morning, SignUpHistory());

        Assert.Empty(report.Alerts);
    }

    [Fact]
    public void Half_of_the_active_users_gone_by_15_00_is_one_alert_with_its_reason()
    {
        var report = Build(At15(new V("users_active_24h", 55), new V("emails_failed_24h", 2)), History());

        var alert = Assert.Single(report.Alerts);
        Assert.Equal(("Active users (24h)", 1, "usually 91 to 151; today 55"), (alert.Title, alert.Change.PeriodDays, alert.Reason));
    }

    [Fact]
    public void Twenty_times_the_usual_failed_emails_by_15_00_is_one_alert_with_its_reason()
    {
        var report = Build(At15(new V("users_active_24h", 120), new V("emails_failed_24h", 40)), History());

        var alert = Assert.Single(report.Alerts);
        Assert.Equal(("Emails failed (24h)", 1, "usually 0 to 6; today 40"), (alert.Title, alert.Change.PeriodDays, alert.Reason));
    }

    [Fact]
    public void An_ordinary_afternoon_gives_none_though_its_changes_pass_the_thresholds()
    {
        // 104 is 13 % below yesterday's 120 (a warning) but usual; 3 failed e-mails are +50 % on yesterday's 2 and
        // +200 % on the 1 of a week ago, but less than the minimum change of 5.
        var report = Build(At15(new V("users_active_24h", 104), new V("emails_failed_24h", 3)), History());

        Assert.Empty(report.Alerts);
        Assert.Equal(3, report.UsualChanges);
    }

    [Fact]
    public void On_a_monday_at_noon_the_24_hours_still_hold_half_of_a_busy_sunday()
    {
        // Four weeks of 100 items a weekday and 200 on Saturdays and Sundays. At Monday noon the 24-hour window is
        // Sunday's second half (100) and Monday's first (50): 150 is what that hour always looks like, though it is
        // 25 % below Sunday's final 200 and far above a whole Monday's 100.
        var history = Enumerable.Range(1, 28).Select(n => Day.AddDays(-n))
            .Select(d => Snapshot(d, new V("items_created_24h", d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 200 : 100)))
            .ToArray();
        var noon = At15(new V("items_created_24h", 150));
        noon.CutOff = noon.CollectedAt = Day.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);

        var report = Build(noon, history);

        // Against Sunday (-25 %) and against last Monday's whole day (+50 %): both usual for a Monday noon.
        Assert.Empty(report.Alerts);
        Assert.Equal(2, report.UsualChanges);
    }
}
