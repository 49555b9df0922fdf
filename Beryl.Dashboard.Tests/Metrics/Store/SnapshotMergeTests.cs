using Beryl.Dashboard.Metrics.Store;

namespace Beryl.Dashboard.Tests.Metrics.Store;

/// <summary>What a new collection of a day keeps of the earlier one, on hand-written values.</summary>
public sealed class SnapshotMergeTests
{
    private static readonly DateTime Nightly = new(2026, 6, 15, 22, 0, 30, DateTimeKind.Utc);
    private static readonly DateTime Late = new(2026, 6, 16, 13, 0, 0, DateTimeKind.Utc);

    private static MetricValue V(string key, double? value, string label = "", DateTime collectedAt = default) =>
        new() { Key = key, Label = label, Value = value, CollectedAt = collectedAt };

    [Fact]
    public void Unknown_values_keep_what_was_known_and_known_ones_replace_it()
    {
        var earlier = new[]
        {
            V("users_total", 10, collectedAt: Nightly), V("marketing_opt_out", 4, collectedAt: Nightly),
            V("items_by_status", 7, "IN_COLLECTION", Nightly), V("items_by_status", 2, "WANTED", Nightly),
        };
        var newer = new[]
        {
            V("users_total", 11), V("marketing_opt_out", null),
            V("items_by_status", null, "IN_COLLECTION"), V("items_by_status", null, "WANTED"), V("links_total", null),
        };

        var merged = SnapshotMerge.Merge(newer, earlier, Late);

        Assert.Equal(["items_by_status", "marketing_opt_out"], merged.KeptKeys);
        Assert.Equal(
        [
            ("items_by_status", "IN_COLLECTION", 7, Nightly), ("items_by_status", "WANTED", 2, Nightly),
            ("links_total", "", null, Late), ("marketing_opt_out", "", 4, Nightly), ("users_total", "", 11, Late),
        ], merged.Values.OrderBy(v => v.Key).ThenBy(v => v.Label).Select(v => (v.Key, v.Label, v.Value, v.CollectedAt)));
    }

    [Fact]
    public void A_distribution_the_new_collection_knows_is_replaced_whole_even_where_a_label_is_gone()
    {
        var earlier = new[] { V("items_by_type", 3, "Book", Nightly), V("items_by_type", 1, "Vinyl", Nightly) };

        var merged = SnapshotMerge.Merge([V("items_by_type", 4, "Book")], earlier, Late);

        Assert.Empty(merged.KeptKeys);
        Assert.Equal([("Book", 4.0, Late)], merged.Values.Select(v => (v.Label, v.Value!.Value, v.CollectedAt)));
    }
}
