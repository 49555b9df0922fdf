using Beryl.Dashboard.Formats;
using System.Globalization;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Store;

namespace Beryl.Dashboard.Export;

public static class HistoryCsvEndpoint
{
    public const string Path = DashboardUrls.HistoryCsv;
    public const int DefaultDays = 365;
    public const int MaxDays = 3650;

    /// <summary>GET /sys/metrics/history.csv?days=N: the last N days (default 365) of every metric.</summary>
    public static IEndpointRouteBuilder MapHistoryCsv(this IEndpointRouteBuilder app)
    {
        // days is read as text: bound as a number, "abc" would fail binding with a bare 400 and no word of why.
        app.MapGet(Path, async (string? days, SnapshotStore store, BusinessCalendar calendar, TimeProvider clock, CancellationToken ct) =>
        {
            if (ParseDays(days) is not { } count)
                return Results.Text($"days must be a whole number from 1 to {MaxDays}, got '{days}'.\n",
                    "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            var today = calendar.DayOf(clock.GetUtcNow());
            var history = await store.HistoryAsync(MetricCatalog.All.Select(m => m.Key).ToList(), today.AddDays(-count + 1), today, ct);
            return Results.File(System.Text.Encoding.UTF8.GetBytes(HistoryCsv.Write(history, calendar)), "text/csv; charset=utf-8",
                $"beryl-metrics-{IsoDay.Text(today)}.csv");
        });
        return app;
    }

    /// <summary>The number of days asked for: the default when absent, null when it is not a whole number in range.</summary>
    public static int? ParseDays(string? days) =>
        string.IsNullOrEmpty(days) ? DefaultDays
        : int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxDays ? n
        : null;
}
