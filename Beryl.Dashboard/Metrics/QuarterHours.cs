using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Metrics;

/// <summary>
/// Events counted per UTC quarter of an hour, in one grouped statement. Every time zone's offset is a whole number of
/// quarters, so a quarter lies in one local day and at one local time of day: the quarters can be summed per local day
/// or per time of day here, whatever the time zone and its daylight saving.
/// </summary>
public static class QuarterHours
{
    public const int Minutes = 15;

    /// <summary>How many of <paramref name="times"/> from <paramref name="from"/> to before <paramref name="to"/> fall in each quarter (by its UTC start).</summary>
    public static async Task<IReadOnlyList<(DateTime Start, int Count)>> CountAsync(IQueryable<DateTime> times, DateTime from, DateTime to,
        CancellationToken ct)
    {
        var quarters = await times.Where(t => t >= from && t < to)
            .GroupBy(t => new { t.Year, t.Month, t.Day, t.Hour, Quarter = t.Minute / Minutes })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Day, g.Key.Hour, g.Key.Quarter, Count = g.Count() })
            .ToListAsync(ct);
        return quarters.Select(q => (new DateTime(q.Year, q.Month, q.Day, q.Hour, q.Quarter * Minutes, 0, DateTimeKind.Utc), q.Count)).ToList();
    }
}
