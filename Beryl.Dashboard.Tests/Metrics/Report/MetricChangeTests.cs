using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Report;

namespace Beryl.Dashboard.Tests.Metrics.Report;

/// <summary>The comparison rules (docs/METRICS.md, "Dashboard" and "Alerts") for two known values, with the default thresholds 10 / 25 %.</summary>
public sealed class MetricChangeTests
{
    private static readonly AlertThresholds Defaults = new(10, 25);

    private static MetricChange Compare(double current, double previous, Polarity polarity = Polarity.UpIsGood) =>
        MetricChange.Compare(1, current, previous, polarity, Defaults);

    [Theory]
    [InlineData(109, 100, Severity.None)]
    [InlineData(110, 100, Severity.Warning)]
    [InlineData(124, 100, Severity.Warning)]
    [InlineData(125, 100, Severity.Critical)]
    [InlineData(91, 100, Severity.None)]
    [InlineData(90, 100, Severity.Warning)]
    [InlineData(76, 100, Severity.Warning)]
    [InlineData(75, 100, Severity.Critical)]
    [InlineData(20, 10, Severity.Critical)]
    public void Severity_starts_exactly_at_the_thresholds_in_either_direction(double current, double previous, Severity severity)
    {
        Assert.Equal(severity, Compare(current, previous).Severity);
    }

    [Theory]
    [InlineData(36.3, 33)]   // 9.999999999999991 % in floating point
    [InlineData(0.11, 0.1)]  // 9.999999999999995 %
    [InlineData(0.9, 1.0)]   // -9.999999999999998 %
    public void Exactly_ten_percent_is_a_warning_despite_floating_point(double current, double previous)
    {
        Assert.Equal(Severity.Warning, Compare(current, previous).Severity);
    }

    [Fact]
    public void A_change_has_its_delta_percent_and_direction()
    {
        var up = Compare(125, 100);
        Assert.Equal(ChangeKind.Up, up.Kind);
        Assert.Equal(100, up.Previous);
        Assert.Equal(25, up.Delta);
        Assert.Equal(25, up.Percent);

        var down = Compare(75, 100);
        Assert.Equal(ChangeKind.Down, down.Kind);
        Assert.Equal(-25, down.Delta);
        Assert.Equal(-25, down.Percent);
    }

    [Theory]
    [InlineData(Polarity.UpIsGood, 120, TrendColour.Good)]
    [InlineData(Polarity.UpIsGood, 80, TrendColour.Bad)]
    [InlineData(Polarity.UpIsBad, 120, TrendColour.Bad)]
    [InlineData(Polarity.UpIsBad, 80, TrendColour.Good)]
    [InlineData(Polarity.Neutral, 120, TrendColour.Neutral)]
    [InlineData(Polarity.Neutral, 80, TrendColour.Neutral)]
    public void The_colour_follows_polarity_and_the_direction_follows_the_sign(Polarity polarity, double current, TrendColour colour)
    {
        var change = Compare(current, 100, polarity);

        Assert.Equal(colour, change.Colour);
        Assert.Equal(current > 100 ? ChangeKind.Up : ChangeKind.Down, change.Kind);
    }

    [Fact]
    public void From_zero_to_more_is_new_without_a_percent_or_severity()
    {
        var change = Compare(5, 0);

        Assert.Equal(ChangeKind.New, change.Kind);
        Assert.Equal(5, change.Delta);
        Assert.Null(change.Percent);
        Assert.Equal(Severity.None, change.Severity);
        Assert.Equal(TrendColour.Good, change.Colour);
        Assert.Equal(TrendColour.Bad, Compare(3, 0, Polarity.UpIsBad).Colour);
    }

    [Fact]
    public void Zero_to_zero_is_unchanged_without_a_percent()
    {
        var change = Compare(0, 0);

        Assert.Equal(ChangeKind.Unchanged, change.Kind);
        Assert.Equal(0, change.Delta);
        Assert.Null(change.Percent);
        Assert.Equal(TrendColour.Neutral, change.Colour);
        Assert.Equal(Severity.None, change.Severity);
    }

    [Fact]
    public void The_same_value_is_unchanged_by_zero_percent()
    {
        var change = Compare(42, 42, Polarity.UpIsBad);

        Assert.Equal(ChangeKind.Unchanged, change.Kind);
        Assert.Equal(0, change.Percent);
        Assert.Equal(TrendColour.Neutral, change.Colour);
    }

    [Fact]
    public void Not_available_keeps_its_reason_and_has_no_numbers()
    {
        var change = MetricChange.NotAvailable(7, "No snapshot for 2026-06-08.");

        Assert.Equal(ChangeKind.NotAvailable, change.Kind);
        Assert.Equal(7, change.PeriodDays);
        Assert.Equal("No snapshot for 2026-06-08.", change.Reason);
        Assert.Null(change.Delta);
        Assert.Null(change.Percent);
        Assert.Equal(Severity.None, change.Severity);
    }
}
