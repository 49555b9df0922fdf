using AngleSharp.Dom;
using Beryl.Dashboard.Components.Metrics;
using Beryl.Dashboard.Metrics.Report;
using Bunit;
using static Beryl.Dashboard.Tests.Components.HandWrittenReports;
using static Beryl.Dashboard.Tests.Support.StoredSnapshots;

namespace Beryl.Dashboard.Tests.Components;

/// <summary>
/// The grouped table of the report of 2026-06-15, built from hand-written snapshots: that day, the day
/// before, and 30 days before (2026-05-16) without users_total. There is no snapshot 7 days before.
/// </summary>
public sealed class MetricsTableTests : MudComponentTest
{
    private static readonly DateOnly Day = new(2026, 6, 15);

    private static readonly MetricReport Report = Build(
        Snapshot(Day,
            new V("users_total", 1234),
            new V("storage_bytes_total", 1_610_612_736),
            new V("items_with_images_pct", 45.2),
            new V("users_banned", null),
            new V("items_by_status", 40, "in_collection"), new V("items_by_status", 2, "wanted"),
            new V("items_by_status", 0, "reserved"), new V("items_by_status", 1, "ordered"),
            new V("items_by_status", 3, "lent_out"), new V("items_by_status", 5, "previously_owned"),
            new V("items_by_status", 7, "sold"), new V("items_by_status", 0, "given_away")),
        Snapshot(Day.AddDays(-1),
            new V("users_total", 1000),
            new V("storage_bytes_total", 1_610_612_736),
            new V("items_by_status", 30, "in_collection")),
        Snapshot(Day.AddDays(-30),
            new V("storage_bytes_total", 1_073_741_824)));

    private readonly List<MetricRow> _selected = [];
    private readonly List<MetricRow> _rowsAsked = [];

    private IRenderedComponent<MetricsTable> RenderTable() =>
        Render<MetricsTable>(p => p.Add(c => c.Report, Report).Add(c => c.OnMetricSelected, row => _selected.Add(row))
            .Add(c => c.OnRowsSelected, row => _rowsAsked.Add(row)));

    /// <summary>
    /// A click on a row's button as the browser tells it (wwwroot/Beryl.Dashboard.lib.module.js, run by the browser
    /// tests): the button's action and its row's metric and label, bubbling up to the table's one handler.
    /// </summary>
    private static Task ClickRowButtonAsync(IElement button)
    {
        var row = button.Closest("tr")!;
        return button.TriggerEventAsync("onrowaction", new RowActionEventArgs
        {
            Action = button.GetAttribute(RowActionEventArgs.Attribute) ?? "",
            Metric = row.GetAttribute("data-metric") ?? "",
            Label = row.GetAttribute("data-label") ?? "",
        });
    }

    private static string[] CellTexts(IElement row) => row.Children.Select(TextOf).ToArray();

    [Fact]
    public void The_columns_are_metric_current_previous_last_30_days_and_the_three_periods()
    {
        var cut = RenderTable();

        Assert.Equal(["Metric", "Current", "Previous", "Last 30 days", "vs Yesterday", "vs 7 Days", "vs 30 Days"],
            cut.FindAll("thead th").Select(TextOf));
    }

    [Fact]
    public void Each_category_is_a_row_group_and_each_metric_name_a_row_header()
    {
        var cut = RenderTable();

        Assert.Equal(9, cut.FindAll("table > tbody").Count);
        var rows = cut.FindAll("tr.metric-row");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("row", r.FirstElementChild!.GetAttribute("scope")));
        Assert.All(cut.FindAll("thead th"), h => Assert.Equal("col", h.GetAttribute("scope")));
    }

    [Fact]
    public void Each_category_has_a_header_row_in_catalog_order_spanning_the_table()
    {
        var cut = RenderTable();

        var headers = cut.FindAll("tbody tr.category-row");
        Assert.Equal(["Users", "Collections", "Items", "Links", "Storage", "Email", "Moderation", "Engagement", "Collection run"],
            headers.Select(TextOf));
        Assert.All(headers, h => Assert.Equal("7", h.QuerySelector("th[scope=rowgroup]")!.GetAttribute("colspan")));
        Assert.Equal("users_total", headers[0].NextElementSibling!.GetAttribute("data-metric"));
        Assert.Equal("media_files_total", headers[4].NextElementSibling!.GetAttribute("data-metric"));
        Assert.Equal("collection_duration_seconds", headers[8].NextElementSibling!.GetAttribute("data-metric"));
    }

    [Fact]
    public void A_metric_row_shows_its_name_value_and_a_change_per_period_with_the_reason_of_each_NA()
    {
        var cut = RenderTable();

        var row = cut.Find("tr.metric-row[data-metric='users_total']");
        Assert.Equal(["Total users", "1,234", "1,000", "", "↑ +234 (+23.4 %)!", "N/A", "N/A"], CellTexts(row));
        var na = row.QuerySelectorAll("span.trend-na");
        Assert.Equal(["No snapshot for 2026-06-08.", "Not in the snapshot of 2026-05-16."], na.Select(s => s.GetAttribute("title")));
    }

    [Fact]
    public void Each_row_shows_the_day_before_and_its_last_30_days_as_a_line_described_in_words()
    {
        var cut = RenderTable();

        // Known on 2026-06-14 and 2026-06-15 only (the snapshot of 2026-05-16 is 30 days back, one too many).
        var users = cut.Find("tr.metric-row[data-metric='users_total']");
        var line = users.QuerySelector("td.recent svg[role=img]")!;
        Assert.Equal("2 of the last 30 days known: lowest 1,000, highest 1,234", line.GetAttribute("aria-label"));
        Assert.Equal("M75.8 18.5L78.5 1.5", line.QuerySelector("path")!.GetAttribute("d"));
        Assert.Equal("1,000", TextOf(users.QuerySelector("td.previous")!));

        // Unknown the day before: N/A with the reason.
        var previous = cut.Find("tr.metric-row[data-metric='users_banned'] td.previous span.trend-na");
        Assert.Equal("Not in the snapshot of 2026-06-14.", previous.GetAttribute("title"));
    }

    [Fact]
    public void Current_values_and_changes_are_written_in_the_unit_of_the_metric()
    {
        var cut = RenderTable();

        Assert.Equal(["Storage used", "1.5 GB", "1.5 GB", "", "= no change", "N/A", "↑ +512.0 MB (+50.0 %)‼"],
            CellTexts(cut.Find("tr.metric-row[data-metric='storage_bytes_total']")));
        Assert.Equal("45.2 %", TextOf(cut.Find("tr.metric-row[data-metric='items_with_images_pct'] td.current")));
    }

    [Fact]
    public void An_unknown_current_value_is_NA_with_its_reason()
    {
        var cut = RenderTable();

        var unknown = cut.Find("tr.metric-row[data-metric='users_banned'] td.current span.trend-na");
        Assert.Equal("N/A", TextOf(unknown));
        Assert.Equal("Unknown: collected on 2026-06-15 22:05 UTC, after the day ended. Beryl keeps no history of this state, " +
                     "so it is only known when collected at the end of its day.", unknown.GetAttribute("title"));

        var notCollected = cut.Find("tr.metric-row[data-metric='emails_failed'] td.current span.trend-na");
        Assert.Equal("N/A", TextOf(notCollected));
        Assert.Equal("Not collected on 2026-06-15 (emails_failed did not exist yet).", notCollected.GetAttribute("title"));
    }

    [Fact]
    public async Task A_distribution_is_collapsed_until_its_toggle_opens_its_labels_as_sub_rows()
    {
        var cut = RenderTable();

        var toggle = cut.Find("tr.distribution-row[data-metric='items_by_status'] button.link-button");
        Assert.Equal("▸ Items by status (8 statuses)", TextOf(toggle));
        Assert.Equal("false", toggle.GetAttribute("aria-expanded"));
        Assert.Empty(cut.FindAll("tr[data-metric='items_by_status'].sub-row"));

        await toggle.ClickAsync();

        toggle = cut.Find("tr.distribution-row[data-metric='items_by_status'] button.link-button");
        Assert.Equal("true", toggle.GetAttribute("aria-expanded"));
        Assert.StartsWith("▾", TextOf(toggle));
        var subRows = cut.FindAll("tr[data-metric='items_by_status'].sub-row");
        // Beryl's choice keys in words; the row keeps the key for tests and styles.
        Assert.Equal(["In collection", "Wanted", "Reserved", "Ordered", "Lent out", "Previously owned", "Sold", "Given away"],
            subRows.Select(r => TextOf(r.QuerySelector("button.metric-name")!)));
        Assert.Equal("in_collection", subRows[0].GetAttribute("data-label"));
        Assert.Equal(["In collection", "40", "30", "", "↑ +10 (+33.3 %)‼", "N/A", "N/A"], CellTexts(subRows[0]));
        Assert.Equal(["Wanted", "2", "N/A", "", "N/A", "N/A", "N/A"], CellTexts(subRows[1]));
        // The other distributions stay closed.
        Assert.Empty(cut.FindAll("tr[data-metric='collections_by_visibility'].sub-row"));

        await cut.Find("tr.distribution-row[data-metric='items_by_status'] button.link-button").ClickAsync();

        Assert.Empty(cut.FindAll("tr[data-metric='items_by_status'].sub-row"));
    }

    [Fact]
    public async Task Clicking_a_metric_name_raises_OnMetricSelected_with_its_row()
    {
        var cut = RenderTable();

        await ClickRowButtonAsync(cut.Find("tr.metric-row[data-metric='users_total'] button.metric-name"));

        Assert.Same(Report.Row("users_total"), Assert.Single(_selected));
        Assert.Empty(_rowsAsked);
    }

    [Fact]
    public async Task Clicking_the_value_of_a_count_raises_OnRowsSelected_with_its_row()
    {
        var cut = RenderTable();

        var value = cut.Find("tr.metric-row[data-metric='users_total'] td.current button.value-button");
        Assert.Equal("rows", value.GetAttribute("data-row-action"));
        Assert.Equal("Rows behind Total users: 1,234", value.GetAttribute("aria-label"));
        await ClickRowButtonAsync(value);

        Assert.Same(Report.Row("users_total"), Assert.Single(_rowsAsked));
        Assert.Empty(_selected);
    }

    [Fact]
    public async Task A_click_in_the_table_off_a_rows_button_raises_nothing()
    {
        var cut = RenderTable();

        await ClickRowButtonAsync(cut.Find("tr.metric-row[data-metric='users_total'] td.previous"));
        await cut.Find("tr.metric-row[data-metric='users_total']").TriggerEventAsync("onrowaction",
            new RowActionEventArgs { Action = "history", Metric = "no_such_metric" });

        Assert.Empty(_selected);
        Assert.Empty(_rowsAsked);
    }

    [Fact]
    public async Task Clicking_a_label_of_an_open_distribution_raises_OnMetricSelected_with_that_label()
    {
        var cut = RenderTable();
        await cut.Find("tr.distribution-row[data-metric='items_by_status'] button.link-button").ClickAsync();

        await ClickRowButtonAsync(cut.Find("tr.sub-row[data-metric='items_by_status'][data-label='wanted'] button.metric-name"));

        Assert.Same(Report.Row("items_by_status", "wanted"), Assert.Single(_selected));
    }

    [Fact]
    public async Task The_history_button_of_a_distribution_raises_OnMetricSelected_with_the_whole_distribution()
    {
        var cut = RenderTable();

        await cut.Find("tr.distribution-row[data-metric='items_by_status'] button[aria-label='History of Items by status']").ClickAsync();

        Assert.Same(Report.Row("items_by_status"), Assert.Single(_selected));
    }
}
