using System.Net;
using Beryl.Dashboard.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Beryl.Dashboard.Tests.Auth;

/// <summary>With <c>AllowedHosts</c> set, as docs/DEPLOYMENT.md says to, a forged Host header gets 400 before anything runs.</summary>
[Collection(AppCollection.Name)]
public sealed class HostFilteringTests : IAsyncLifetime
{
    private readonly DashboardAppFactory app = new() { Settings = { ["AllowedHosts"] = "dashboard.example.org" } };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Only_the_allowed_host_is_answered()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri("http://dashboard.example.org"),
        });
        using var forged = new HttpRequestMessage(HttpMethod.Get, "/sys/metrics");
        forged.Headers.Host = "evil.example";

        using var allowed = await client.GetAsync("/sys/metrics");
        using var refused = await client.SendAsync(forged);

        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }
}
