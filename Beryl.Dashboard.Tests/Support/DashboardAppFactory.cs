using Beryl.Dashboard.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

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

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            Folder.Dispose();
    }
}
