using Beryl.Dashboard.Formats;
using Beryl.Dashboard.Tests.Support;
using Microsoft.Playwright;

namespace Beryl.Dashboard.Tests.Browser;

/// <summary>
/// axe-core's WCAG 2.1 A and AA rules on every screen an admin reads, in the light and the dark theme: no serious
/// or critical violation (contrast, names, roles, structure). Then what axe cannot see: the keyboard, what a screen
/// reader is told, and a phone.
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
    public async Task The_rows_behind_a_count(string theme)
    {
        var page = await fixture.SignedInPageAsync(1400, 1000, Scheme(theme));
        await page.ClickAsync("tr.metric-row[data-metric=items_total] button.value-button");
        await page.Locator("[data-testid=rows-dialog] tbody tr").First.WaitForAsync();

        await AssertNoSeriousViolationAsync(page);
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task The_note_dialog_with_its_refusal(string theme)
    {
        var page = await fixture.SignedInPageAsync(1400, 1000, Scheme(theme));
        await page.ClickAsync("[data-testid=add-note]");
        // Saved empty: the one-line refusal shows in the dialog.
        await page.ClickAsync("[data-testid=note-save]");
        await page.Locator("[data-testid=note-error]").WaitForAsync();

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

    [Fact]
    public async Task Every_control_the_Tab_key_reaches_shows_where_the_focus_is()
    {
        var page = await fixture.SignedInPageAsync(1400, 1000);

        var seen = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<string[]>(FocusScript);
            seen.Add(focus[0]);
            Assert.True(focus[1] != "none" && focus[2] != "0px", $"no focus ring on {focus[0]} ({focus[1]} {focus[2]})");
        }
        Assert.Contains(seen, s => s.Contains("Collect now", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_reason_of_an_NA_shows_under_it_while_the_keyboard_is_on_it_and_Escape_hides_it()
    {
        var page = await fixture.SignedInPageAsync(1400, 1000);
        // 33 days back the demo has a snapshot, and none 30 days before it: the 30-day change is N/A.
        var today = Zurich.Today();
        await page.GotoAsync($"{fixture.Dashboard.Url}/sys/metrics?date={today.AddDays(-33):yyyy-MM-dd}");
        var na = page.Locator("tr.metric-row[data-metric=users_total] td span.trend-na").Last;
        await na.WaitForAsync();
        const string Tip = "e => { const tip = getComputedStyle(e, '::after'); return tip.display === 'none' ? '' : tip.content; }";
        Assert.DoesNotContain("No snapshot", await na.EvaluateAsync<string>(Tip));

        await na.FocusAsync();
        Assert.StartsWith("\"No snapshot for ", await na.EvaluateAsync<string>(Tip));

        await page.Keyboard.PressAsync("Escape");
        Assert.DoesNotContain("No snapshot", await na.EvaluateAsync<string>(Tip));
    }

    /// <summary>The focused element (its tag and text) and its outline's style and width.</summary>
    private const string FocusScript = """
        () => {
            const e = document.activeElement, style = getComputedStyle(e);
            const name = (e.textContent || e.getAttribute('aria-label') || '').trim().substring(0, 30);
            return [e.tagName + ' ' + name, style.outlineStyle, style.outlineWidth];
        }
        """;

    [Fact]
    public async Task The_history_dialog_opens_by_keyboard_named_after_its_metric_with_real_buttons_and_a_table()
    {
        var page = await fixture.SignedInPageAsync(1400, 1000);
        await page.FocusAsync("tr.metric-row[data-metric=users_total] .metric-name");
        await page.Keyboard.PressAsync("Enter");

        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "History of Total users" });
        await dialog.WaitForAsync();
        Assert.Equal("Users who joined before the cut-off.", (await dialog.Locator("[data-testid=metric-description]").InnerTextAsync()).Trim());
        foreach (var name in new[] { "Zoom in", "Zoom out", "All days", "PNG" })
            Assert.Equal(1, await dialog.GetByRole(AriaRole.Button, new() { Name = name }).CountAsync());
        Assert.Equal(1, await dialog.GetByRole(AriaRole.Link, new() { Name = "CSV" }).CountAsync());
        // The dialog moves focus into itself once open; only then is a focus of ours sure to stay.
        await page.WaitForFunctionAsync("() => document.activeElement?.closest('[role=dialog]') != null");
        await dialog.Locator("[data-testid=chart-table] summary").PressAsync("Enter");
        var table = dialog.Locator("[data-testid=chart-table] table");
        await table.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 5000 });
        Assert.Equal("History of Total users", (await table.Locator("caption").InnerTextAsync()).Trim());
        Assert.True(await table.Locator("tbody tr").CountAsync() > 0);
    }

    [Fact]
    public async Task Collect_now_keeps_the_focus_and_a_screen_reader_hears_when_it_ends()
    {
        var page = await fixture.SignedInPageAsync(1400, 1000);
        await page.FocusAsync("[data-testid=collect-now]");
        await page.Keyboard.PressAsync("Enter");

        var status = page.Locator("[data-testid=collect-status]");
        Assert.Equal("status", await status.GetAttributeAsync("role"));
        await page.WaitForFunctionAsync(
            "() => document.querySelector('[data-testid=collect-status]').textContent.includes('Collection finished')",
            null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        Assert.Equal("collect-now", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('data-testid')"));
    }

    [Fact]
    public async Task A_day_still_to_come_typed_in_the_day_field_is_refused_with_the_reason()
    {
        var page = await fixture.SignedInPageAsync(1400, 1000);
        var field = page.GetByLabel("Day (YYYY-MM-DD)");
        await field.FillAsync("2999-01-01");
        // Leaving the field commits what was typed (Enter would open the calendar, which takes the next Tab).
        await field.PressAsync("Tab");

        await page.GetByText("2999-01-01 is still to come").WaitForAsync();
        Assert.DoesNotContain("date=", page.Url);
    }

    [Fact]
    public async Task On_a_phone_a_menu_holds_every_link_and_the_metric_names_stay_while_the_changes_scroll()
    {
        var page = await fixture.SignedInPageAsync(390, 844);

        await page.ClickAsync("[data-testid=phone-menu] button");
        foreach (var link in new[] { "Metrics", "Email", "Jobs" })
            await page.GetByRole(AriaRole.Menuitem, new() { Name = link }).WaitForAsync(new() { Timeout = 5000 });
        await page.Keyboard.PressAsync("Escape");

        await page.EvalOnSelectorAsync(".metrics-table-scroll", "e => e.scrollLeft = e.scrollWidth");
        var name = await page.Locator("tr.metric-row[data-metric=users_total] th").BoundingBoxAsync();
        Assert.NotNull(name);
        Assert.InRange(name.X, 0, 40);
    }
}
