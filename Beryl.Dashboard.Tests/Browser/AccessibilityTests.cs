using Beryl.Dashboard.Formats;
using Beryl.Dashboard.Tests.Support;
using Microsoft.Playwright;

namespace Beryl.Dashboard.Tests.Browser;

/// <summary>
/// axe-core's WCAG 2.1 A and AA rules on every screen an admin reads, in the light and the dark theme: no serious
/// or critical violation (contrast, names, roles, structure).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AccessibilityTests(BrowserDashboard fixture) : IClassFixture<BrowserDashboard>
{
    public static readonly TheoryData<string> Themes = new("light", "dark");

    private static ColorScheme Scheme(string theme) => theme == "dark" ? ColorScheme.Dark : ColorScheme.Light;

    private static async Task AssertNoSeriousViolationAsync(IPage page)
    {
        var violations = await Axe.SeriousViolationsAsync(page);
        Assert.True(violations.Length == 0, $"{page.Url}:\n" + string.Join("\n", violations));
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task The_sign_in_page(string theme)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ColorScheme = Scheme(theme) });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{fixture.Dashboard.Url}/login");

        await AssertNoSeriousViolationAsync(page);
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task The_metrics_page(string theme)
    {
        var page = await fixture.SignedInPageAsync(1400, 1000, Scheme(theme));

        await AssertNoSeriousViolationAsync(page);
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task An_expanded_distribution(string theme)
    {
        var page = await fixture.SignedInPageAsync(1400, 1000, Scheme(theme));
        await page.ClickAsync("tr.distribution-row[data-metric=items_by_type] button.link-button");
        await page.Locator("tr.sub-row[data-metric=items_by_type]").First.WaitForAsync();

        await AssertNoSeriousViolationAsync(page);
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task The_history_dialog(string theme)
    {
        var page = await fixture.SignedInPageAsync(1400, 1000, Scheme(theme));
        await page.ClickAsync("tr.metric-row[data-metric=users_total] .metric-name");
        await page.Locator("[data-testid=history-chart] svg.apexcharts-svg").WaitForAsync();

        await AssertNoSeriousViolationAsync(page);
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task The_email_preview(string theme)
    {
        var page = await fixture.SignedInPageAsync(1400, 1000, Scheme(theme));
        await page.GotoAsync($"{fixture.Dashboard.Url}{DashboardUrls.EmailPreview}");

        await AssertNoSeriousViolationAsync(page);
    }
}
