using Beryl.Dashboard.Demo;
using Microsoft.Playwright;

namespace Beryl.Dashboard.Tests.Support;

/// <summary>A new browser context signed in to a running dashboard as the demo admin, on the metrics page, interactive.</summary>
public static class BrowserSignIn
{
    public static async Task<IPage> MetricsPageAsync(IBrowser browser, string url, int width = 1400, int height = 1000,
        ColorScheme scheme = ColorScheme.Light, string? initScript = null, string email = DemoSeeder.AdminEmail,
        string password = DemoSeeder.AdminPassword)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme,
        });
        // Runs before any page script of every page of the context, e.g. a listener the test reads later.
        if (initScript is not null)
            await context.AddInitScriptAsync(initScript);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{url}/sys/metrics");
        Assert.Contains("/login", page.Url);
        await page.FillAsync("input[name=Email]", email);
        await page.FillAsync("input[name=Password]", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync($"{url}/sys/metrics");
        await InteractiveAsync(page);
        return page;
    }

    /// <summary>Clicks only work once the Blazor circuit runs the page, and colours are final once the theme is known.</summary>
    public static async Task InteractiveAsync(IPage page)
    {
        await page.WaitForSelectorAsync("[data-testid=metrics-page][data-interactive=yes]");
        await page.WaitForSelectorAsync("main[data-theme=light], main[data-theme=dark]");
    }
}
