using Beryl.Dashboard.Tests.Support;
using Microsoft.Playwright;

namespace Beryl.Dashboard.Tests.Browser;

/// <summary>One seeded dashboard on Kestrel (its rows linking to <see cref="BerylAdmin"/>) and one Chromium for a test class.</summary>
public sealed class BrowserDashboard : IAsyncLifetime
{
    public RunningDashboard Dashboard { get; private set; } = null!;
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where the demo Beryl's Django admin would be.</summary>
    public const string BerylAdmin = "https://beryl.example.org/admin/";

    public async Task InitializeAsync()
    {
        Dashboard = await RunningDashboard.StartAsync(demoDays: 35, new Dictionary<string, string> { ["BERYL_ADMIN_URL"] = BerylAdmin });
        (Playwright, Browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await Dashboard.DisposeAsync();
    }

    /// <summary>A new context signed in as the demo admin, on the metrics page, interactive.</summary>
    public Task<IPage> SignedInPageAsync(int width, int height, ColorScheme scheme = ColorScheme.Light) =>
        BrowserSignIn.MetricsPageAsync(Browser, Dashboard.Url, width, height, scheme);
}
