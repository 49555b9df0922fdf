using Beryl.Dashboard.Metrics.Store;
using static Beryl.Dashboard.Tests.Components.HandWrittenReports;
using static Beryl.Dashboard.Tests.Metrics.StoredSnapshots;

namespace Beryl.Dashboard.Tests.Metrics.Alerts;

/// <summary>
/// Twenty-one days of about 20 sign-ups a day, then a day with none: an alert when the day is over, none while it
/// is still going (a provisional snapshot's 24 hours are still filling), though totals are still judged.
/// </summary>
public sealed class ProvisionalAlertsTests
{
    private static readonly DateOnly Day = new(2026, 6, 15);

    private static MetricSnapshot[] History() => Enumerable.Range(1, 21)
        .Select(n => Snapshot(Day.AddDays(-n), new V("users_new_24h", 20 + n % 2), new V("storage_bytes_total", 1000)))
        .ToArray();

    [Fact]
    public void A_day_without_sign_ups_is_an_alert_once_it_is_over()
    {
        var report = Build(Snapshot(Day, new V("users_new_24h", 0), new V("storage_bytes_total", 1000)), History());

        Assert.Equal(["New users (24h)"], report.Alerts.Select(a => a.Title));
    }

    [Fact]
    public void While_the_day_is_going_its_windowed_counts_are_not_judged_but_totals_are()
    {
        var current = Snapshot(Day, new V("users_new_24h", 0), new V("storage_bytes_total", 2000));
        current.IsProvisional = true;

        var report = Build(current, History());

        Assert.Equal(["Storage used"], report.Alerts.Select(a => a.Title));
    }
}
