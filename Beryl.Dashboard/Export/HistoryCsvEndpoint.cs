using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Store;

namespace Beryl.Dashboard.Export;

public static class HistoryCsvEndpoint
{
    public const string Path = "/sys/metrics/history.csv";

    /// <summary>GET /sys/metrics/history.csv?days=N: the last N days (default 365) of every metric.</summary>
    public static IEndpointRouteBuilder MapHistoryCsv(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, async (int? days, SnapshotStore store, BusinessCalendar calendar, TimeProvider clock, CancellationToken ct) =>
        {
            if (days is < 1 or > 3650)
                return Results.BadRequest("days must be between 1 and 3650.");
            var today = calendar.DayOf(clock.GetUtcNow());
            var history = await store.HistoryAsync(MetricCatalog.All.Select(m => m.Key).ToList(), today.AddDays(-(days ?? 365) + 1), today, ct);
            return Results.File(System.Text.Encoding.UTF8.GetBytes(HistoryCsv.Write(history)), "text/csv; charset=utf-8",
                $"beryl-metrics-{today:yyyy-MM-dd}.csv");
        });
        return app;
    }
}
