using System.Net;
using Beryl.Dashboard.Formats;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Export;

/// <summary>/sys/metrics/history.csv?date=: the page's CSV button exports the days up to the day the page shows.</summary>
[Collection(AppCollection.Name)]
public sealed class HistoryCsvDateTests(AdminDashboard app) : IClassFixture<AdminDashboard>
{
    [Fact]
    public async Task The_days_end_at_the_date_asked_for()
    {
        var store = app.Get<SnapshotStore>();
        foreach (var back in new[] { 3, 2, 0 })
            await store.SaveAsync(StoredSnapshots.Snapshot(app.Today.AddDays(-back), new StoredSnapshots.V("users_total", 10 + back)));
        var shown = app.Today.AddDays(-2);

        using var response = await app.Admin.GetAsync($"/sys/metrics/history.csv?date={IsoDay.Text(shown)}&days=2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"beryl-metrics-{IsoDay.Text(shown)}.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var days = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => line.Split(',')[0]).Distinct().Order().ToList();
        Assert.Equal([IsoDay.Text(app.Today.AddDays(-3)), IsoDay.Text(shown)], days);
    }

    [Fact]
    public async Task A_day_that_is_not_a_date_gets_400_with_one_line()
    {
        using var response = await app.Admin.GetAsync("/sys/metrics/history.csv?date=2026-13-01");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("date must be a date YYYY-MM-DD from 1970-01-01 to 9998-12-31, got '2026-13-01'.\n",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_day_still_to_come_gets_400_with_one_line()
    {
        var tomorrow = IsoDay.Text(app.Today.AddDays(1));

        using var response = await app.Admin.GetAsync($"/sys/metrics/history.csv?date={tomorrow}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal($"date {tomorrow} is still to come in Europe/Zurich.\n", await response.Content.ReadAsStringAsync());
    }
}
