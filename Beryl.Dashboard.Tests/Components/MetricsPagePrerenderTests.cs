using System.Net;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Components;

/// <summary>
/// What a GET of /sys/metrics sends before the page's circuit runs: the whole table, and a box in place of the date
/// field, which could take no date yet (the browser tests use the field once the circuit runs).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class MetricsPagePrerenderTests(OneSnapshotDashboard app) : IClassFixture<OneSnapshotDashboard>
{
    [Fact]
    public async Task The_prerendered_page_holds_the_table_and_the_date_fields_place_without_the_field()
    {
        using var response = await app.Admin.GetAsync("/sys/metrics");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"metrics-table\"", html);
        Assert.Contains("<tr class=\"metric-row\" data-metric=\"users_total\" data-label=\"\">", html);
        Assert.Contains("<div class=\"day-picker-pending\" aria-hidden=\"true\"", html);
        Assert.DoesNotContain("Day (YYYY-MM-DD)", html);
        Assert.DoesNotContain("mud-picker", html);
    }
}
