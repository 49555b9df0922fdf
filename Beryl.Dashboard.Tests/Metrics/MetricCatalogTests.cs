using Beryl.Dashboard.Metrics;

namespace Beryl.Dashboard.Tests.Metrics;

/// <summary>The catalog's declarations that the collector and the views rely on.</summary>
public sealed class MetricCatalogTests
{
    [Theory]
    [InlineData("items_by_status", "previously_owned", "Previously owned")]
    [InlineData("collections_by_visibility", "unlisted", "Unlisted")]
    [InlineData("items_by_type", "board_game", "board_game")] // Beryl's own text, as its users typed it
    [InlineData("storage_bytes_by_content_type", "image/jpeg", "image/jpeg")]
    public void A_fixed_label_is_shown_in_words_and_any_other_as_Beryl_wrote_it(string key, string label, string title)
    {
        Assert.Equal(title, MetricCatalog.ByKey(key).LabelTitle(label));
    }

    [Fact]
    public void Statuses_are_a_fixed_distribution_of_Beryls_six()
    {
        Assert.Equal(
            ["in_collection", "wanted", "reserved", "ordered", "lent_out", "previously_owned"],
            MetricCatalog.ByKey("items_by_status").FixedLabels);
    }

    [Fact]
    public void Visibilities_are_a_fixed_distribution()
    {
        Assert.Equal(["private", "unlisted", "public"], MetricCatalog.ByKey("collections_by_visibility").FixedLabels);
    }

    [Fact]
    public void Only_users_joined_rows_created_and_the_run_itself_are_exact_for_past_days()
    {
        // Beryl keeps no deletion time, sign-in log or past state: only date_joined and created (soft-deleted rows
        // stay) tell a past day.
        Assert.Equal(
        [
            "users_total", "users_new_24h", "users_new_7d", "users_new_30d",
            "collections_created_24h", "collections_created_7d", "collections_created_30d",
            "items_created_24h", "items_created_7d", "items_created_30d",
            "uploads_24h", "uploads_7d", "uploads_30d", "collection_duration_seconds",
        ], MetricCatalog.All.Where(m => m.ExactForPastDates).Select(m => m.Key));
    }

    [Fact]
    public void Keys_and_prometheus_names_are_unique()
    {
        Assert.Equal(MetricCatalog.All.Count, MetricCatalog.All.Select(m => m.Key).Distinct().Count());
        Assert.Equal(MetricCatalog.All.Count, MetricCatalog.All.Select(m => m.PrometheusName).Distinct().Count());
    }

    [Fact]
    public void Only_the_collection_duration_never_alerts()
    {
        Assert.Equal(["collection_duration_seconds"], MetricCatalog.All.Where(m => !m.Alerts).Select(m => m.Key));
    }

    [Theory]
    [InlineData("users_total", Polarity.UpIsGood)]
    [InlineData("links_matched", Polarity.UpIsGood)]
    [InlineData("links_unmatched", Polarity.UpIsBad)]
    [InlineData("links_total", Polarity.Neutral)]
    [InlineData("emails_sent", Polarity.UpIsGood)]
    [InlineData("emails_failed", Polarity.UpIsBad)]
    [InlineData("emails_pending", Polarity.Neutral)]
    [InlineData("marketing_opt_in", Polarity.UpIsGood)]
    [InlineData("marketing_opt_out", Polarity.Neutral)]
    [InlineData("media_orphaned", Polarity.UpIsBad)]
    [InlineData("users_banned", Polarity.UpIsBad)]
    [InlineData("collection_duration_seconds", Polarity.UpIsBad)]
    public void Polarity_follows_the_spec(string key, Polarity polarity)
    {
        Assert.Equal(polarity, MetricCatalog.ByKey(key).Polarity);
    }
}
