using Beryl.Dashboard.Metrics.Store;
using static Beryl.Dashboard.Tests.Components.HandWrittenReports;
using static Beryl.Dashboard.Tests.Metrics.StoredSnapshots;

namespace Beryl.Dashboard.Tests.Metrics.Alerts;

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
    // so +- 3 * 10.15: 89 to 151.
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
    private static MetricSnapshot At15(params V[] values)
    {
        var snapshot = Snapshot(Day, values);
        snapshot.CutOff = snapshot.CollectedAt = Day.ToDateTime(new TimeOnly(13, 0), DateTimeKind.Utc);
        snapshot.IsProvisional = true;
        return snapshot;
    }

    [Fact]
    public void Half_of_the_active_users_gone_by_15_00_is_one_alert_with_its_reason()
    {
        var report = Build(At15(new V("users_active_24h", 55), new V("emails_failed_24h", 2)), History());

        var alert = Assert.Single(report.Alerts);
        Assert.Equal(("Active users (24h)", 1, "usually 89 to 151; today 55"), (alert.Title, alert.Change.PeriodDays, alert.Reason));
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
