using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Export;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beryl.Dashboard.Tests.Export;

/// <summary>The running app with a Prometheus token, and the steps the endpoint tests share.</summary>
public sealed class PrometheusApp : IAsyncDisposable
{
    public const string Token = "s3cret-Prometheus-token";

    public DashboardAppFactory Factory { get; } = new();
    public HttpClient Client { get; }

    public PrometheusApp(string? token = Token, string tokenSetting = "Metrics:PrometheusToken")
    {
        if (token is not null)
            Factory.Settings[tokenSetting] = token;
        // Creating the client starts the app, which migrates its databases.
        Client = Factory.CreateClient();
    }

    public DateTime Now => Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;

    public async Task AddAsync(Func<BerylDbContext, DateTime, Task> add)
    {
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<BerylDbContext>>().CreateDbContextAsync();
        await add(db, Now);
    }

    /// <summary>Collects today (in the business time zone) so far, as "collect now" does: every value is known.</summary>
    public async Task CollectTodayAsync()
    {
        var today = Factory.Services.GetRequiredService<BusinessCalendar>().DayOf(Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow());
        await Factory.Services.GetRequiredService<MetricsCollector>().CollectAsync(today);
    }

    public Task<HttpResponseMessage> ScrapeAsync(string? bearer = Token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, PrometheusEndpoint.Path);
        if (bearer is not null)
            request.Headers.Authorization = new("Bearer", bearer);
        return Client.SendAsync(request);
    }

    public async Task<string> ScrapeTextAsync()
    {
        using var response = await ScrapeAsync();
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}
