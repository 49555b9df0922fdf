using Beryl.Dashboard.Demo;
using Beryl.Dashboard.Tests.Support;
using Microsoft.Playwright;

namespace Beryl.Dashboard.Tests.Browser;

/// <summary>
/// An admin's morning in a real browser against the real app on Kestrel: sign in, read the table, collect
/// now, open a chart. Takes the screenshots README.md shows (saved by <c>make screenshots</c>).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class DashboardBrowserTests(BrowserDashboard fixture) : IClassFixture<BrowserDashboard>
{
    private RunningDashboard dashboard => fixture.Dashboard;
    private IBrowser browser => fixture.Browser;

    /// <summary>
    /// Where README's screenshots go: docs/screenshots when <c>make screenshots</c> asks for them
    /// (BERYL_SCREENSHOTS=1), nowhere otherwise, so that a test run leaves the working tree as it found it.
    /// </summary>
    private static string? Screenshot(string name) =>
        Environment.GetEnvironmentVariable("BERYL_SCREENSHOTS") == "1" ? RepositoryPaths.File("docs", "screenshots", name) : null;

    private Task<IPage> SignedInPageAsync(int width, int height, ColorScheme scheme = ColorScheme.Light) =>
        fixture.SignedInPageAsync(width, height, scheme);

    [Fact]
    public async Task An_admin_signs_in_reads_the_table_collects_now_and_opens_a_chart()
    {
        var page = await SignedInPageAsync(1400, 1000);

        var totalUsers = page.Locator("tr.metric-row[data-metric=users_total] td.current");
        Assert.Matches(@"^\d{1,3}(,\d{3})*$", (await totalUsers.InnerTextAsync()).Trim());
        foreach (var category in new[] { "Users", "Collections", "Items", "Links", "Storage", "Email", "Moderation", "Engagement" })
            Assert.Equal(1, await page.Locator($"tr.category-row[data-category={category}]").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("metrics.png") });

        var lastCollection = page.Locator("[data-testid=last-collection] strong");
        var before = await lastCollection.InnerTextAsync();
        await page.ClickAsync("[data-testid=collect-now]");
        await page.WaitForFunctionAsync(
            "previous => document.querySelector('[data-testid=last-collection] strong')?.innerText !== previous",
            before, new PageWaitForFunctionOptions { Timeout = 60_000 });
        Assert.NotEqual(before, await lastCollection.InnerTextAsync());

        await page.ClickAsync("tr.metric-row[data-metric=users_total] .metric-name");
        var chart = page.Locator("[data-testid=history-chart] svg.apexcharts-svg");
        await chart.WaitForAsync();
        Assert.True(await page.Locator("[data-testid=history-chart] .apexcharts-series path").CountAsync() > 0);
        // The demo Beryl was updated six days ago: a marked day, named with its migrations.
        var release = page.Locator("[data-testid=history-chart] .apexcharts-xaxis-annotations text",
            new() { HasTextString = "Beryl updated: web.0040_linkpattern_icon, post_office.0012_alter_email_priority" });
        Assert.Equal(1, await release.CountAsync());
        // Once the chart has drawn its markers (after its animation), and before the pointer is on it.
        await page.Locator("[data-testid=history-chart] .apexcharts-xaxis-annotations.apexcharts-hidden-element-shown").WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("history.png") });
        // The tooltip names the day under the pointer, as our formatter writes it ("5 Dec 2026").
        await chart.HoverAsync();
        var tooltipDay = page.Locator("[data-testid=history-chart] .apexcharts-tooltip-title");
        await tooltipDay.WaitForAsync();
        Assert.Matches(@"^\d{1,2} [A-Z][a-z]{2} \d{4}$", (await tooltipDay.InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task A_value_opens_its_rows_each_linked_to_Beryls_admin_and_the_same_list_downloads_as_CSV()
    {
        var page = await SignedInPageAsync(1400, 1000);
        var value = page.Locator("tr.metric-row[data-metric=users_total] td.current button.value-button");
        var users = int.Parse((await value.InnerTextAsync()).Trim().Replace(",", ""));

        await value.ClickAsync();

        var dialog = page.GetByRole(AriaRole.Dialog, new() { NameRegex = new("^Rows behind Total users on ") });
        var rows = dialog.Locator("[data-testid=rows-dialog] tbody tr");
        await rows.First.WaitForAsync();
        // A page of 50 rows, newest first, each a link to the user's change page in Beryl's admin.
        Assert.Equal(Math.Min(users, 50), await rows.CountAsync());
        var link = rows.First.Locator("th a");
        Assert.Matches(@$"^{BrowserDashboard.BerylAdmin}auth/user/\d+/change/$", await link.GetAttributeAsync("href"));
        Assert.Equal("_blank", await link.GetAttributeAsync("target"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("rows.png") });

        var download = await page.RunAndWaitForDownloadAsync(() => dialog.Locator("[data-testid=rows-csv]").ClickAsync());
        var csv = await File.ReadAllLinesAsync((await download.PathAsync())!);
        Assert.Equal("id,name,owner,created,status,size_bytes,last_sign_in,last_error,admin_url", csv[0]);
        // Every user the metric counted, one line each (the demo adds none while the page is open).
        Assert.Equal(users, csv.Length - 1);
    }

    [Fact]
    public async Task A_note_written_on_a_chart_is_a_marker_on_its_day()
    {
        var page = await SignedInPageAsync(1400, 1000);
        await page.ClickAsync("tr.metric-row[data-metric=items_total] .metric-name");
        await page.Locator("[data-testid=history-chart] svg.apexcharts-svg").WaitForAsync();

        await page.ClickAsync("[data-testid=chart-add-note]");
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Note on a day" });
        var dayField = dialog.GetByLabel("Day (YYYY-MM-DD)");
        // Three days before the report's day, which the field starts with.
        var day = DateOnly.ParseExact(await dayField.InputValueAsync(), "yyyy-MM-dd").AddDays(-3).ToString("yyyy-MM-dd");
        await dayField.FillAsync(day);
        await dialog.Locator("textarea").FillAsync("Newsletter sent to every user");
        await dialog.Locator("[data-testid=note-save]").ClickAsync();
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Detached });

        var marker = page.Locator("[data-testid=history-chart] .apexcharts-xaxis-annotations text",
            new() { HasTextString = "Note: Newsletter sent to every user" });
        await marker.WaitForAsync();
        Assert.Equal(1, await marker.CountAsync());
        // The chart's table says the same on that day's row.
        var row = page.Locator("[data-testid=chart-table] tbody tr", new() { HasTextString = "Newsletter sent to every user" });
        Assert.Equal(1, await row.CountAsync());
        Assert.Contains(day, await row.TextContentAsync());
    }

    [Fact]
    public async Task An_explained_alert_leaves_the_list_and_comes_back_when_taken_back()
    {
        var page = await SignedInPageAsync(1400, 1000);
        var alerts = page.Locator("[data-testid=alerts] .alert-row");
        // Which days of the demo have alerts depends on the weekday and the hour (just after midnight today has none
        // yet): the first day back that has one. The demo's first days, judged without a usual range, always have.
        var today = Zurich.Today();
        for (var back = 1; back < 35 && await alerts.CountAsync() == 0; back++)
        {
            await page.GotoAsync($"{dashboard.Url}/sys/metrics?date={today.AddDays(-back):yyyy-MM-dd}");
            await BrowserSignIn.InteractiveAsync(page);
        }
        await alerts.First.WaitForAsync();
        var title = (await alerts.First.Locator(".alert-title").InnerTextAsync()).Trim();
        var ofTitle = page.Locator("[data-testid=alerts] .alert-row", new() { Has = page.Locator(".alert-title", new() { HasTextString = title }) });

        await page.GetByRole(AriaRole.Button, new() { Name = $"Explain the alert on {title}", Exact = true }).First.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { NameRegex = new($"^Explain {System.Text.RegularExpressions.Regex.Escape(title)} on ") });
        await dialog.Locator("textarea").FillAsync("Spam wave, cleaned up");
        await dialog.Locator("[data-testid=note-save]").ClickAsync();
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Detached });

        var explained = page.Locator("[data-testid=explained-alerts]");
        await explained.WaitForAsync();
        Assert.Contains("Spam wave, cleaned up", await explained.InnerTextAsync());
        // Every alert of that metric leaves the list (an explanation is of the metric's day, whatever the period).
        Assert.Equal(0, await ofTitle.CountAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = $"Take back the explanation of {title}", Exact = true }).ClickAsync();
        await ofTitle.First.WaitForAsync();
        Assert.Equal(0, await explained.CountAsync());
    }

    [Fact]
    public async Task The_page_works_on_a_phone_in_the_dark_theme()
    {
        var page = await SignedInPageAsync(390, 844, ColorScheme.Dark);

        Assert.True(await page.Locator("tr.metric-row[data-metric=users_total]").IsVisibleAsync());
        Assert.True(await page.Locator("[data-testid=collect-now]").IsVisibleAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("phone-dark.png") });
    }

    [Fact]
    public async Task The_sign_in_page_shows_one_message_for_a_wrong_password()
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 900, Height = 700 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{dashboard.Url}/login");
        await page.FillAsync("input[name=Email]", DemoSeeder.AdminEmail);
        await page.FillAsync("input[name=Password]", "not-the-password");
        await page.ClickAsync("button[type=submit]");

        Assert.Equal("Email or password is incorrect.", (await page.Locator("[role=alert]").InnerTextAsync()).Trim());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("login.png") });
    }
}
