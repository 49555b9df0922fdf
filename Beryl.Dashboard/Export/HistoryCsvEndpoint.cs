using Beryl.Dashboard.Formats;
using System.Globalization;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Report;
using Beryl.Dashboard.Metrics.Store;

namespace Beryl.Dashboard.Export;

public static class HistoryCsvEndpoint
{
    public const string Path = DashboardUrls.HistoryCsv;
    public const int DefaultDays = 365;
    public const int MaxDays = 3650;

    /// <summary>The CSV of the days up to <paramref name="day"/> (the page's day), or up to today when null.</summary>
    public static string Until(DateOnly? day) => day is { } d ? $"{Path}?date={IsoDay.Text(d)}" : Path;

    /// <summary>
    /// GET /sys/metrics/history.csv?days=N&amp;date=YYYY-MM-DD: the N days (default 365) of every metric up to that day
    /// (default today), so that the page's CSV button exports the days the page shows.
    /// </summary>
    public static IEndpointRouteBuilder MapHistoryCsv(this IEndpointRouteBuilder app)
    {
        // Both are read as text: bound as a number or a date, "abc" would fail binding with a bare 400 and no word of why.
        app.MapGet(Path, async (string? days, string? date, SnapshotStore store, NoteStore notes, BusinessCalendar calendar, TimeProvider clock,
            CancellationToken ct) =>
        {
            if (ParseDays(days) is not { } count)
                return BadRequest($"days must be a whole number from 1 to {MaxDays}, got '{days}'.");
            var today = calendar.DayOf(clock.GetUtcNow());
            var last = today;
            if (!string.IsNullOrEmpty(date))
            {
                if (RequestedDay.Parse(date) is not { } asked)
                    return BadRequest($"date must be {RequestedDay.Expected}, got '{date}'.");
                if (asked > today)
                    return BadRequest($"date {IsoDay.Text(asked)} is still to come in {calendar.Zone.Id}.");
                last = asked;
            }
            var history = await store.HistoryAsync(MetricCatalog.All.Select(m => m.Key).ToList(), last.AddDays(-count + 1), last, ct);
            var written = await notes.BetweenAsync(last.AddDays(-count + 1), last, ct);
            return Results.File(System.Text.Encoding.UTF8.GetBytes(HistoryCsv.Write(history, written, calendar)), "text/csv; charset=utf-8",
                $"beryl-metrics-{IsoDay.Text(last)}.csv");
        });
        return app;
    }

    private static IResult BadRequest(string message) =>
        Results.Text(message + "\n", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);

    /// <summary>The number of days asked for: the default when absent, null when it is not a whole number in range.</summary>
    public static int? ParseDays(string? days) =>
        string.IsNullOrEmpty(days) ? DefaultDays
        : int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxDays ? n
        : null;
}
