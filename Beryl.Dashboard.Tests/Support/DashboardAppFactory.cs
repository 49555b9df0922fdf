using Beryl.Dashboard.Settings;
using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Beryl.Dashboard.Tests.Support;

/// <summary>The whole web app in memory (TestServer) on its own <see cref="TestDataFolder"/>.</summary>
public class DashboardAppFactory : WebApplicationFactory<Program>
{
    public TestDataFolder Folder { get; } = new();

    /// <summary>Extra settings (configuration keys), applied before the app reads its configuration.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting(DataFolder.Setting, Folder.Path);
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
    }

    /// <summary>A client that keeps cookies and does not follow redirects: what <see cref="SignIn"/> needs.</summary>
    public HttpClient CreateSignInClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Starts the app, and with it its Hangfire server; returns Hangfire's storage.</summary>
    public JobStorage StartWithJobs()
    {
        CreateClient().Dispose();
        return Services.GetRequiredService<JobStorage>();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            Folder.Dispose();
    }
}
