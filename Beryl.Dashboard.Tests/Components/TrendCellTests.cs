using Beryl.Dashboard.Components.Metrics;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Report;
using Bunit;

namespace Beryl.Dashboard.Tests.Components;

/// <summary>
/// Every branch of the trend cell, with the text an admin reads written out by hand. The severity mark
/// follows the percent without a space (CSS gives it a margin), so the text reads "(+10.0 %)!".
/// </summary>
public sealed class TrendCellTests : MudComponentTest
{
    private static readonly AlertThresholds Thresholds = new(10, 25);

    private IRenderedComponent<TrendCell> RenderChange(MetricChange change, MetricUnit unit = MetricUnit.Count) =>
        Render<TrendCell>(p => p.Add(c => c.Change, change).Add(c => c.Unit, unit));

    private IRenderedComponent<TrendCell> RenderCompare(double current, double previous,
        Polarity polarity = Polarity.UpIsGood, MetricUnit unit = MetricUnit.Count) =>
        RenderChange(MetricChange.Compare(1, current, previous, polarity, Thresholds), unit);

    [Fact]
    public void Not_available_shows_NA_with_the_reason_as_title_focus_tip_and_spoken_text()
    {
        var cut = RenderChange(MetricChange.NotAvailable(7, "No snapshot for 2026-06-08."));

        var na = cut.Find("span.trend");
        Assert.Equal("N/A", TextOf(na));
        Assert.Contains("trend-na", na.ClassList);
        Assert.Equal("0", na.GetAttribute("tabindex"));
        // The title is also what the stylesheet shows under it while the keyboard is on it.
        Assert.Equal("No snapshot for 2026-06-08.", na.GetAttribute("title"));
        Assert.Equal("N/A: No snapshot for 2026-06-08.", SpokenTextOf(na));
        // No tooltip component: hundreds of them made most of the page's cost.
        Assert.Empty(cut.FindAll(".mud-tooltip-root"));
    }

    [Fact]
    public void A_screen_reader_hears_better_or_worse_and_the_alert_the_mark_shows()
    {
        var cut = RenderCompare(75, 100);

        var cell = cut.Find("span.trend");
        Assert.Equal("↓ -25 (-25.0 %)‼", TextOf(cell));
        Assert.Equal("↓ -25 (-25.0 %), worse, critical alert", SpokenTextOf(cell));
        Assert.Equal("true", cut.Find("span.trend-mark").GetAttribute("aria-hidden"));
    }

    [Fact]
    public void A_change_past_a_threshold_that_is_not_an_alert_has_no_mark()
    {
        var cut = Render<TrendCell>(p => p
            .Add(c => c.Change, MetricChange.Compare(1, 130, 100, Polarity.UpIsGood, Thresholds))
            .Add(c => c.Alert, false));

        var cell = cut.Find("span.trend");
        Assert.Equal("↑ +30 (+30.0 %)", TextOf(cell));
        Assert.Equal("↑ +30 (+30.0 %), better", SpokenTextOf(cell));
        Assert.Empty(cut.FindAll(".trend-mark"));
        Assert.DoesNotContain("trend-critical", cell.ClassList);
    }

    [Theory]
    [InlineData(100, 100)]
    [InlineData(0, 0)]
    public void No_change_says_so_in_grey(double current, double previous)
    {
        var cut = RenderCompare(current, previous);

        var cell = cut.Find("span.trend");
        Assert.Equal("= no change", TextOf(cell));
        Assert.Contains("trend-neutral", cell.ClassList);
    }

    [Fact]
    public void New_shows_the_arrow_the_absolute_change_and_a_new_badge_but_no_percent()
    {
        // Unmatched links: up is bad.
        var cut = RenderCompare(3, 0, Polarity.UpIsBad);

        var cell = cut.Find("span.trend");
        Assert.Equal("↑ +3 new", TextOf(cell));
        Assert.Contains("trend-bad", cell.ClassList);
        Assert.Equal("new", TextOf(cut.Find("span.trend-new")));
        Assert.Empty(cut.FindAll(".trend-percent"));
        Assert.DoesNotContain("%", cut.Markup);
    }

    [Theory]
    [InlineData(105, Polarity.UpIsGood, "↑ +5 (+5.0 %)", "trend-good")]
    [InlineData(95, Polarity.UpIsGood, "↓ -5 (-5.0 %)", "trend-bad")]
    [InlineData(105, Polarity.UpIsBad, "↑ +5 (+5.0 %)", "trend-bad")]
    [InlineData(95, Polarity.UpIsBad, "↓ -5 (-5.0 %)", "trend-good")]
    [InlineData(105, Polarity.Neutral, "↑ +5 (+5.0 %)", "trend-neutral")]
    [InlineData(95, Polarity.Neutral, "↓ -5 (-5.0 %)", "trend-neutral")]
    public void Up_and_down_are_coloured_by_polarity_and_keep_the_arrow_of_the_direction(
        double current, Polarity polarity, string text, string colour)
    {
        var cut = RenderCompare(current, 100, polarity);

        var cell = cut.Find("span.trend");
        Assert.Equal(text, TextOf(cell));
        Assert.Equal(["trend", colour], cell.ClassList);
    }

    [Theory]
    [InlineData(110, "↑ +10 (+10.0 %)!")]
    [InlineData(90, "↓ -10 (-10.0 %)!")]
    public void A_change_of_exactly_the_warning_threshold_is_marked_as_a_warning(double current, string text)
    {
        var cut = RenderCompare(current, 100);

        var cell = cut.Find("span.trend");
        Assert.Equal(text, TextOf(cell));
        Assert.Contains("trend-warning", cell.ClassList);
        Assert.DoesNotContain("trend-critical", cell.ClassList);
        Assert.Equal("Warning", cell.GetAttribute("title"));
        Assert.Equal("!", TextOf(cut.Find("span.trend-mark")));
    }

    [Theory]
    [InlineData(125, "↑ +25 (+25.0 %)‼")]
    [InlineData(75, "↓ -25 (-25.0 %)‼")]
    public void A_change_of_exactly_the_critical_threshold_is_marked_as_critical(double current, string text)
    {
        var cut = RenderCompare(current, 100);

        var cell = cut.Find("span.trend");
        Assert.Equal(text, TextOf(cell));
        Assert.Contains("trend-critical", cell.ClassList);
        Assert.DoesNotContain("trend-warning", cell.ClassList);
        Assert.Equal("Critical change", cell.GetAttribute("title"));
        Assert.Equal("‼", TextOf(cut.Find("span.trend-mark")));
    }

    [Theory]
    [InlineData(109, "↑ +9 (+9.0 %)")]
    [InlineData(91, "↓ -9 (-9.0 %)")]
    public void A_change_below_the_warning_threshold_has_no_mark(double current, string text)
    {
        var cut = RenderCompare(current, 100);

        var cell = cut.Find("span.trend");
        Assert.Equal(text, TextOf(cell));
        Assert.DoesNotContain("trend-warning", cell.ClassList);
        Assert.DoesNotContain("trend-critical", cell.ClassList);
        Assert.Empty(cut.FindAll(".trend-mark"));
        Assert.False(cell.HasAttribute("title"));
    }

    [Theory]
    [InlineData(3_072, 1_536, "↑ +1.5 KB (+100.0 %)‼")]
    [InlineData(3_145_728, 1_572_864, "↑ +1.5 MB (+100.0 %)‼")]
    [InlineData(1_572_864, 3_145_728, "↓ -1.5 MB (-50.0 %)‼")]
    [InlineData(3_221_225_472, 1_610_612_736, "↑ +1.5 GB (+100.0 %)‼")]
    [InlineData(1_100, 1_000, "↑ +100 B (+10.0 %)!")]
    public void A_change_in_bytes_is_written_in_KB_MB_and_GB(double current, double previous, string text)
    {
        var cut = RenderCompare(current, previous, Polarity.Neutral, MetricUnit.Bytes);

        Assert.Equal(text, TextOf(cut.Find("span.trend")));
    }

    [Fact]
    public void A_new_size_in_bytes_is_written_in_MB()
    {
        var cut = RenderCompare(1_572_864, 0, Polarity.Neutral, MetricUnit.Bytes);

        Assert.Equal("↑ +1.5 MB new", TextOf(cut.Find("span.trend")));
    }

    [Theory]
    [InlineData(45.2, 40, "↑ +5.2 pp (+13.0 %)!")]
    [InlineData(40, 45, "↓ -5.0 pp (-11.1 %)!")]
    [InlineData(40.4, 40, "↑ +0.4 pp (+1.0 %)")]
    public void A_change_of_a_percent_metric_is_written_in_percentage_points(double current, double previous, string text)
    {
        var cut = RenderCompare(current, previous, Polarity.UpIsGood, MetricUnit.Percent);

        Assert.Equal(text, TextOf(cut.Find("span.trend")));
    }

    [Fact]
    public void A_count_change_has_a_thousands_separator()
    {
        var cut = RenderCompare(12_345, 10_000);

        Assert.Equal("↑ +2,345 (+23.5 %)!", TextOf(cut.Find("span.trend")));
    }
}
