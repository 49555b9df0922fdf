using Beryl.Dashboard.Metrics.Sources;

namespace Beryl.Dashboard.Tests.Metrics;

/// <summary>Adding up the per-item lists the link and attribute-value passes read.</summary>
public sealed class ItemListTallyTests
{
    [Fact]
    public void A_tally_counts_rows_per_id_and_each_item_once_per_id()
    {
        // Two items with two links of pattern 3 and one of pattern 5; one item with an unmatched link (0).
        var tally = ItemListTally.Of([new ItemList("3,5,3", 2), new ItemList("0", 1)]);

        Assert.Equal(new Dictionary<long, int> { [3] = 4, [5] = 2, [0] = 1 }, tally.Rows);
        Assert.Equal(new Dictionary<long, int> { [3] = 2, [5] = 2, [0] = 1 }, tally.Items);
        Assert.Equal(3, tally.TotalItems);
    }

    [Fact]
    public void Lists_in_another_order_add_up_to_the_same_ids()
    {
        var tally = ItemListTally.Of([new ItemList("1,2", 1), new ItemList("2,1", 4)]);

        Assert.Equal(new Dictionary<long, int> { [1] = 5, [2] = 5 }, tally.Items);
        Assert.Equal(5, tally.TotalItems);
    }

    [Fact]
    public void No_lists_is_nothing()
    {
        var tally = ItemListTally.Of([]);

        Assert.Empty(tally.Rows);
        Assert.Equal(0, tally.TotalItems);
    }
}
