using Beryl.Dashboard.Components.Metrics;
using Beryl.Dashboard.Metrics.Report;
using Bunit;

namespace Beryl.Dashboard.Tests.Components;

/// <summary>"Last collection: date and time (duration)", and the provisional chip for today's snapshot.</summary>
public sealed class LastCollectionTests : MudComponentTest
{
    /// <summary>A report without metrics: this line only reads when and how long.</summary>
    private static MetricReport Report(DateOnly day, DateTimeOffset collectedAt, TimeSpan duration, bool provisional) =>
        new(day, collectedAt.UtcDateTime, collectedAt, duration, provisional, [], [], new AlertThresholds(10, 25));

    private IRenderedComponent<LastCollection> RenderLine(MetricReport report) =>
        Render<LastCollection>(p => p.Add(c => c.Report, report).Add(c => c.ZoneName, "Europe/Zurich"));

    [Fact]
    public void The_nightly_snapshot_shows_when_and_how_long_and_is_not_provisional()
    {
        var cut = RenderLine(Report(new DateOnly(2026, 6, 15), new DateTimeOffset(2026, 6, 16, 0, 5, 0, TimeSpan.FromHours(2)),
            TimeSpan.FromMilliseconds(1234), provisional: false));

        Assert.Equal("Last collection: 2026-06-16 00:05:00 (1.234 s) · snapshot of 2026-06-15, as of Europe/Zurich",
            TextOf(cut.Find("[data-testid='last-collection'] p")));
        Assert.DoesNotContain("provisional", cut.Markup);
        Assert.Empty(cut.FindAll(".mud-chip"));
    }

    [Fact]
    public void Todays_snapshot_is_marked_provisional()
    {
        var cut = RenderLine(Report(new DateOnly(2026, 6, 15), new DateTimeOffset(2026, 6, 15, 9, 30, 12, TimeSpan.FromHours(2)),
            TimeSpan.FromSeconds(65), provisional: true));

        Assert.Equal("Last collection: 2026-06-15 09:30:12 (0:01:05) · snapshot of 2026-06-15, as of Europe/Zurich",
            TextOf(cut.Find("[data-testid='last-collection'] p")));
        Assert.Equal("provisional", TextOf(cut.Find(".mud-chip")));
    }
}
