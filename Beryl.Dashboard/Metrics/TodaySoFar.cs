using Beryl.Dashboard.Metrics.Store;

namespace Beryl.Dashboard.Metrics;

/// <summary>
/// A 24-hour count of events in today's provisional snapshot, split at the day's start. At noon its window holds the
/// day before's last twelve hours, known for good, and today's first twelve (<see cref="Count"/>), the only part an
/// incident of today can change: judged alone, half a day without sign-ups is plain, where in the whole window it is
/// lost in the day before's. <see cref="UsualShare"/> is how much of a day's events usually come by the cut-off's time
/// of day, learnt from the last <see cref="HistoryDays"/> days' rows (to the quarter hour), so that a quiet night and a
/// busy evening are expected as they usually come.
/// </summary>
public sealed record TodaySoFar(double Count, double UsualShare)
{
    public const int HistoryDays = 28;

    /// <summary>The split a stored value carries; null for any value but a provisional 24-hour count of events.</summary>
    public static TodaySoFar? Of(MetricValue value) =>
        value is { SinceDayStart: double count, UsualShareByCutOff: double share } ? new(count, share) : null;

    /// <summary>
    /// The split of the events at <paramref name="times"/> for <paramref name="period"/>: null unless it is today's
    /// provisional period, or when the last <see cref="HistoryDays"/> days had no event to learn the share from.
    /// </summary>
    public static async Task<TodaySoFar?> CountAsync(IQueryable<DateTime> times, CollectionPeriod period, BusinessCalendar calendar,
        CancellationToken ct)
    {
        if (!period.IsProvisional)
            return null;
        var dayStart = calendar.StartOf(period.Day);
        var elapsed = period.CutOff - dayStart;
        var quarters = await QuarterHours.CountAsync(times, calendar.StartOf(period.Day.AddDays(-HistoryDays)), period.CutOff, ct);
        var past = quarters.Where(q => q.Start < dayStart).ToList();
        var all = past.Sum(q => q.Count);
        if (all == 0)
            return null;
        var byThisTime = past.Where(q => q.Start - calendar.StartOf(calendar.DayOf(q.Start)) < elapsed).Sum(q => q.Count);
        return new TodaySoFar(quarters.Where(q => q.Start >= dayStart).Sum(q => q.Count), (double)byThisTime / all);
    }
}
