using Bunit;
using Beryl.Dashboard.Components.Shared;
using Beryl.Dashboard.Metrics;

namespace Beryl.Dashboard.Tests.Components;

/// <summary>A chart's values as text: the table under the chart and its CSV download.</summary>
public sealed class ChartTableTests : MudComponentTest
{
    private static readonly DateOnly First = new(2026, 11, 28);

    private static readonly IReadOnlyList<ChartSeries> Series =
    [
        ChartSeries.Daily("Storage used", First, First.AddDays(2), day => day == First.AddDays(1) ? null : 1536 * (day.Day - 27)),
        ChartSeries.Daily("Items by type: \"A, B\"", First, First.AddDays(2), day => day.Day),
    ];

    [Fact]
    public void The_table_has_a_row_per_day_newest_first_and_NA_for_a_gap()
    {
        var cut = Render<ChartTable>(p => p.Add(c => c.Series, Series).Add(c => c.Unit, MetricUnit.Bytes).Add(c => c.Caption, "History of Storage used"));

        Assert.Equal("History of Storage used", TextOf(cut.Find("caption")));
        Assert.Equal(["Day", "Storage used", "Items by type: \"A, B\""], cut.FindAll("thead th").Select(TextOf));
        Assert.Equal(
        [
            ["2026-11-30", "4.5 KB", "30 B"],
            ["2026-11-29", "N/A", "29 B"],
            ["2026-11-28", "1.5 KB", "28 B"],
        ], cut.FindAll("tbody tr").Select(r => r.Children.Select(TextOf).ToArray()));
        Assert.All(cut.FindAll("tbody tr"), r => Assert.Equal("row", r.FirstElementChild!.GetAttribute("scope")));
    }

    [Fact]
    public void A_marked_day_is_written_in_a_column_of_its_own()
    {
        var cut = Render<ChartTable>(p => p.Add(c => c.Series, Series).Add(c => c.Caption, "History")
            .Add(c => c.Markers, [new ChartMarker(First.AddDays(1), "Beryl updated: web.0038_b")]));

        Assert.Equal(["Day", "Storage used", "Items by type: \"A, B\"", "On this day"], cut.FindAll("thead th").Select(TextOf));
        Assert.Equal(["", "Beryl updated: web.0038_b", ""], cut.FindAll("tbody tr").Select(r => TextOf(r.Children.Last())));
    }

    [Fact]
    public void The_CSV_has_a_column_per_series_and_an_empty_cell_for_a_gap()
    {
        Assert.Equal(
            "day,Storage used,\"Items by type: \"\"A, B\"\"\"\r\n" +
            "2026-11-28,1536,28\r\n" +
            "2026-11-29,,29\r\n" +
            "2026-11-30,4608,30\r\n",
            ChartCsv.Write(Series));
    }
}
