using Beryl.Dashboard.Components.Metrics;
using Bunit;

namespace Beryl.Dashboard.Tests.Components;

/// <summary>What the page shows without a snapshot: the reason, and "Collect now".</summary>
public sealed class EmptyStateTests : MudComponentTest
{
    private int _collects;
    private int _builds;

    private IRenderedComponent<EmptyState> RenderEmptyState(DateOnly? day = null, bool collecting = false) =>
        Render<EmptyState>(p => p
            .Add(c => c.Day, day)
            .Add(c => c.Today, new DateOnly(2026, 6, 16))
            .Add(c => c.Collecting, collecting)
            .Add(c => c.OnCollect, () => _collects++)
            .Add(c => c.OnBuildHistory, () => _builds++));

    [Fact]
    public void Without_a_day_it_says_nothing_was_collected_yet()
    {
        var cut = RenderEmptyState();

        Assert.Equal("No metrics collected yet", TextOf(cut.Find("h2")));
        Assert.Equal(["Build the history", "Collect now"], cut.FindAll("button").Select(TextOf));
    }

    [Fact]
    public void Without_any_snapshot_it_offers_to_build_the_history_and_says_what_a_past_day_can_know()
    {
        var cut = RenderEmptyState();

        Assert.Equal("build-history", TextOf(cut.Find("[data-testid=history-hint] code")));
        Assert.Contains("a past day gets only those it can still tell exactly", cut.Find("[data-testid=history-hint]").TextContent);
        cut.Find("[data-testid=build-history]").Click();
        Assert.Equal((1, 0), (_builds, _collects));
    }

    [Fact]
    public void With_a_day_it_names_the_day_without_a_snapshot_and_the_command_to_collect_it()
    {
        var cut = RenderEmptyState(new DateOnly(2026, 6, 15));

        Assert.Equal("No snapshot for 2026-06-15", TextOf(cut.Find("h2")));
        Assert.Equal("collect-daily-metrics --date 2026-06-15", TextOf(cut.Find("code")));
        Assert.DoesNotContain("No metrics collected yet", cut.Markup);
    }

    [Fact]
    public void A_day_still_to_come_offers_no_command_the_command_line_would_refuse()
    {
        var cut = RenderEmptyState(new DateOnly(2026, 6, 17));

        Assert.Equal("No snapshot for 2026-06-17", TextOf(cut.Find("h2")));
        Assert.Contains("That day is still to come: there is nothing to collect yet.", cut.Markup);
        Assert.Empty(cut.FindAll("code"));
        // "Collect now" collects today: a day still to come is not offered it.
        Assert.Empty(cut.FindAll("[data-testid=empty-collect]"));
    }

    [Fact]
    public async Task Collect_now_raises_OnCollect()
    {
        var cut = RenderEmptyState();

        await cut.Find("[data-testid=empty-collect]").ClickAsync();

        Assert.Equal(1, _collects);
    }

    [Fact]
    public async Task While_collecting_the_button_is_disabled_and_a_click_does_nothing()
    {
        var cut = RenderEmptyState(collecting: true);

        Assert.All(cut.FindAll("button"), b => Assert.True(b.HasAttribute("disabled")));
        await cut.Find("[data-testid=empty-collect]").ClickAsync();
        await cut.Find("[data-testid=build-history]").ClickAsync();

        Assert.Equal((0, 0), (_collects, _builds));
    }

    [Fact]
    public void When_not_collecting_the_button_is_enabled()
    {
        var cut = RenderEmptyState();

        Assert.False(cut.Find("[data-testid=empty-collect]").HasAttribute("disabled"));
    }
}
