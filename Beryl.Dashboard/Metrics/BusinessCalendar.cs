using Microsoft.Extensions.Options;

namespace Beryl.Dashboard.Metrics;

/// <summary>
/// The time rules (docs/METRICS.md, "The nightly collection"): which day "today" is in the business time zone, and the cut-off
/// and windows of a day's snapshot.
/// </summary>
public sealed class BusinessCalendar(IOptions<MetricsOptions> options)
{
    private readonly TimeZoneInfo zone = options.Value.Zone();
    private readonly TimeSpan grace = TimeSpan.FromMinutes(options.Value.CurrentStateGraceMinutes);

    public TimeZoneInfo Zone => zone;

    public DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>The instant a local calendar day starts (00:00 in the zone; the first valid minute after a gap).</summary>
    public DateTime StartOf(DateOnly day) => ToUtc(day.ToDateTime(TimeOnly.MinValue));

    public DateTimeOffset ToLocal(DateTime utc) => TimeZoneInfo.ConvertTime(new DateTimeOffset(utc, TimeSpan.Zero), zone);

    /// <summary>The period a snapshot of <paramref name="day"/> collected at <paramref name="collectedAt"/> covers.</summary>
    public CollectionPeriod PeriodFor(DateOnly day, DateTimeOffset collectedAt)
    {
        var endOfDay = StartOf(day.AddDays(1));
        var now = collectedAt.UtcDateTime;
        var provisional = now < endOfDay;
        var cutOff = provisional ? now : endOfDay;
        // Windows are calendar days of the zone, so a week across a DST change is still 7 local days.
        var localCutOff = TimeZoneInfo.ConvertTimeFromUtc(cutOff, zone);
        var starts = MetricWindows.All.ToDictionary(w => w, w => ToUtc(localCutOff.AddDays(-(int)w)));
        return new CollectionPeriod(day, cutOff, starts, provisional,
            CurrentStateExact: now - cutOff <= grace);
    }

    private DateTime ToUtc(DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        // A local time skipped by the spring-forward gap: the day starts at the first moment after it.
        while (zone.IsInvalidTime(local))
            local = local.AddMinutes(1);
        // An ambiguous autumn time takes its first (daylight) occurrence.
        if (zone.IsAmbiguousTime(local))
        {
            var offset = zone.GetAmbiguousTimeOffsets(local).Max();
            return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
        }
        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }
}
