using Beryl.Dashboard.Metrics;
using Microsoft.Extensions.Options;
using static Beryl.Dashboard.Tests.Metrics.June15;

namespace Beryl.Dashboard.Tests.Metrics;

/// <summary>
/// Cut-offs and windows across the 2026 DST changes in Europe/Zurich: clocks go from 02:00 CET to 03:00 CEST
/// on 29 March (01:00Z) and from 03:00 CEST back to 02:00 CET on 25 October (01:00Z). Windows are local
/// calendar days, so they are 23 or 25 real hours (167 or 169 for a week) when they contain a change.
/// </summary>
public sealed class DstCalendarTests
{
    private static readonly BusinessCalendar Calendar = new(Options.Create(new MetricsOptions()));
    private static readonly DateTimeOffset LongAfter = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_spring_forward_day_is_23_hours()
    {
        var period = Calendar.PeriodFor(new DateOnly(2026, 3, 29), LongAfter);

        Assert.Equal(Utc("2026-03-29T22:00:00"), period.CutOff);                      // 03-30 00:00 CEST
        Assert.Equal(Utc("2026-03-28T23:00:00"), period.Start(MetricWindow.Day));     // 03-29 00:00 CET
        Assert.Equal(TimeSpan.FromHours(23), period.CutOff - period.Start(MetricWindow.Day));
        Assert.Equal(Utc("2026-03-22T23:00:00"), period.Start(MetricWindow.Week));    // 03-23 00:00 CET
        Assert.Equal(Utc("2026-02-27T23:00:00"), period.Start(MetricWindow.Month));   // 02-28 00:00 CET
        Assert.False(period.IsProvisional);
    }

    [Fact]
    public void A_week_ending_after_the_spring_change_is_7_local_days()
    {
        var period = Calendar.PeriodFor(new DateOnly(2026, 3, 30), LongAfter);

        Assert.Equal(Utc("2026-03-30T22:00:00"), period.CutOff);                      // 03-31 00:00 CEST
        Assert.Equal(Utc("2026-03-29T22:00:00"), period.Start(MetricWindow.Day));     // 03-30 00:00 CEST
        Assert.Equal(Utc("2026-03-23T23:00:00"), period.Start(MetricWindow.Week));    // 03-24 00:00 CET
        Assert.Equal(TimeSpan.FromHours(167), period.CutOff - period.Start(MetricWindow.Week));
        Assert.Equal(Utc("2026-02-28T23:00:00"), period.Start(MetricWindow.Month));   // 03-01 00:00 CET
    }

    [Fact]
    public void The_fall_back_day_is_25_hours()
    {
        var period = Calendar.PeriodFor(new DateOnly(2026, 10, 25), LongAfter);

        Assert.Equal(Utc("2026-10-25T23:00:00"), period.CutOff);                      // 10-26 00:00 CET
        Assert.Equal(Utc("2026-10-24T22:00:00"), period.Start(MetricWindow.Day));     // 10-25 00:00 CEST
        Assert.Equal(TimeSpan.FromHours(25), period.CutOff - period.Start(MetricWindow.Day));
        Assert.Equal(Utc("2026-10-18T22:00:00"), period.Start(MetricWindow.Week));    // 10-19 00:00 CEST
        Assert.Equal(Utc("2026-09-25T22:00:00"), period.Start(MetricWindow.Month));   // 09-26 00:00 CEST
    }

    [Fact]
    public void A_week_ending_after_the_autumn_change_is_7_local_days()
    {
        var period = Calendar.PeriodFor(new DateOnly(2026, 10, 31), LongAfter);

        Assert.Equal(Utc("2026-10-31T23:00:00"), period.CutOff);                      // 11-01 00:00 CET
        Assert.Equal(Utc("2026-10-30T23:00:00"), period.Start(MetricWindow.Day));     // 10-31 00:00 CET
        Assert.Equal(Utc("2026-10-24T22:00:00"), period.Start(MetricWindow.Week));    // 10-25 00:00 CEST
        Assert.Equal(TimeSpan.FromHours(169), period.CutOff - period.Start(MetricWindow.Week));
        Assert.Equal(Utc("2026-10-01T22:00:00"), period.Start(MetricWindow.Month));   // 10-02 00:00 CEST
    }

    [Fact]
    public void Today_so_far_on_the_spring_forward_day_ends_now_and_its_24h_window_starts_at_the_same_local_time_yesterday()
    {
        var now = new DateTimeOffset(2026, 3, 29, 8, 0, 0, TimeSpan.Zero);               // 10:00 CEST

        var period = Calendar.PeriodFor(new DateOnly(2026, 3, 29), now);

        Assert.True(period.IsProvisional);
        Assert.True(period.CurrentStateExact);
        Assert.Equal(Utc("2026-03-29T08:00:00"), period.CutOff);
        Assert.Equal(Utc("2026-03-28T09:00:00"), period.Start(MetricWindow.Day));     // 03-28 10:00 CET
    }

    [Theory]
    [InlineData("2026-03-28T22:59:59", "2026-03-28")] // 23:59:59 CET
    [InlineData("2026-03-28T23:00:00", "2026-03-29")] // 00:00 CET
    [InlineData("2026-03-29T21:59:59", "2026-03-29")] // 23:59:59 CEST
    [InlineData("2026-10-25T22:59:59", "2026-10-25")] // 23:59:59 CET
    [InlineData("2026-10-25T23:00:00", "2026-10-26")] // 00:00 CET
    public void An_instant_belongs_to_its_local_day(string utc, string day)
    {
        Assert.Equal(DateOnly.Parse(day), Calendar.DayOf(new DateTimeOffset(Utc(utc), TimeSpan.Zero)));
    }
}
