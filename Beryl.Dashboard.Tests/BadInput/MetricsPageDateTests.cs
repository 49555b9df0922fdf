using System.Net;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.BadInput;

/// <summary>
/// /sys/metrics?date= with dates that are not dates, or days without a snapshot: the page says so in words and
/// writes nothing. The app has one snapshot, of today; Beryl's first user joined on 2026-01-05.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class MetricsPageDateTests(OneSnapshotDashboard app) : IClassFixture<OneSnapshotDashboard>
{
    [Theory]
    [InlineData("2026-02-30")]           // impossible
    [InlineData("garbage")]              // malformed
    [InlineData("2026-3-1")]             // not YYYY-MM-DD
    [InlineData("<b>bold</b>")]          // markup, shown as text
    [InlineData("0001-01-01")]           // a date, but 30 days before it is outside the calendar
    [InlineData("9999-12-31")]           // likewise the day after
    public async Task A_date_that_is_not_a_date_gets_a_warning_and_the_latest_snapshot(string date)
    {
        var html = await PageAsync(date);

        Assert.Contains($"'{date}' is not a date YYYY-MM-DD from 1970-01-01 to 9998-12-31; showing the latest snapshot.", WebUtility.HtmlDecode(html));
        Assert.Contains("data-testid=\"metrics-table\"", html);
        Assert.DoesNotContain("<b>bold</b>", html);
        Assert.Equal([app.Today], await app.StoredDaysAsync());
    }

    [Theory]
    [InlineData("2999-01-01")] // far future
    [InlineData("2025-12-31")] // before Beryl's first data
    public async Task A_day_without_a_snapshot_says_there_is_none(string date)
    {
        var html = await PageAsync(date);

        Assert.Contains($"No snapshot for {date}", WebUtility.HtmlDecode(html));
        Assert.Contains("data-testid=\"empty-state\"", html);
        Assert.DoesNotContain("not a date", html);
        Assert.Equal([app.Today], await app.StoredDaysAsync());
    }

    private async Task<string> PageAsync(string date)
    {
        using var response = await app.Admin.GetAsync("/sys/metrics?date=" + Uri.EscapeDataString(date));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
