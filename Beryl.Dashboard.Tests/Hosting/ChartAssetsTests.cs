using System.Net;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Hosting;

/// <summary>The chart's files reach the browser: apexcharts copied from npm by the build, and its module.</summary>
[Collection(AppCollection.Name)]
public sealed class ChartAssetsTests
{
    [Theory]
    [InlineData("/lib/apexcharts/apexcharts.min.js", "ApexCharts")]
    [InlineData("/lib/apexcharts/apexcharts.css", ".apexcharts")]
    [InlineData("/js/apexChart.js", "export async function render")]
    public async Task The_app_serves_the_chart_files(string path, string content)
    {
        await using var app = new DashboardAppFactory();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(content, await response.Content.ReadAsStringAsync());
    }
}
