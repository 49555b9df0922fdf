using Beryl.Dashboard.Components.Shared;

namespace Beryl.Dashboard.Tests.Components;

/// <summary>The path of a sparkline in a 10 x 10 box: 1.5 of room at each edge, so x and y run from 1.5 to 8.5.</summary>
public sealed class SparklinePathTests
{
    [Fact]
    public void The_lowest_value_is_at_the_bottom_the_highest_at_the_top_and_an_unknown_day_is_a_gap()
    {
        // Four days 7/3 apart; 1 at y 8.5, 2 half-way at 5, 3 at 1.5; the last value, alone after the gap, is a dot.
        Assert.Equal("M1.5 8.5L3.8 5M8.5 1.5h0", SparklinePath.Of([1, 2, null, 3], 10, 10));
    }

    [Fact]
    public void Values_that_never_change_are_a_flat_line_across_the_middle()
    {
        Assert.Equal("M1.5 5L8.5 5", SparklinePath.Of([4, 4], 10, 10));
    }

    [Fact]
    public void Without_a_known_value_there_is_no_line()
    {
        Assert.Null(SparklinePath.Of([null, null], 10, 10));
        Assert.Null(SparklinePath.Of([], 10, 10));
    }
}
