using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics.Report;
using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Metrics;

/// <summary>
/// A Beryl on its first day: one user and nothing else. Shares are 0 when there are no items, and
/// distributions with nothing to count are empty rather than a failed collection.
/// </summary>
[Trait("Category", TestDatabase.Category)]
public sealed class EmptyBerylTests
{
    [Fact]
    public async Task A_beryl_with_only_a_user_collects_zeros_and_empty_distributions()
    {
        await using var services = await TestServices.CreateAsync(June15.CollectedAt);
        await using (var db = services.Beryl())
        {
            db.Users.Add(new User { Email = "founder@example.org", DateJoined = June15.Old });
            await db.SaveChangesAsync();
        }

        var day = await Collected.CollectAsync(services, June15.Day);

        Assert.Equal(1, day["users_total"]);
        Assert.Equal(0, day["items_total"]);
        Assert.Equal(0, day["items_with_images_pct"]);
        Assert.Equal(0, day["items_with_attributes_pct"]);
        Assert.Equal(0, day["items_with_links_pct"]);
        Assert.Equal(0, day["avg_attributes_per_item"]);
        Assert.Equal(0, day["avg_items_per_collection"]);
        Assert.Equal(0, day["storage_bytes_total"]);
        Assert.Equal(0, day["marketing_opt_in"]);
        Assert.Equal(1, day["marketing_opt_out"]);  // the founder is active and has no profile
        Assert.Equal(new Dictionary<string, double?> { ["untyped"] = 0 }, day.Distribution("items_by_type"));
        Assert.Equal(6, day.Distribution("items_by_status").Count);
        Assert.All(day.Distribution("items_by_status").Values, v => Assert.Equal(0, v));
        Assert.Empty(day.Distribution("attribute_usage"));
        Assert.Empty(day.Distribution("links_by_pattern"));
        Assert.Empty(day.Distribution("storage_bytes_by_content_type"));
    }

    [Fact]
    public async Task Its_report_has_the_distribution_rows_without_labels()
    {
        await using var services = await TestServices.CreateAsync(June15.CollectedAt);
        await using (var db = services.Beryl())
        {
            db.Users.Add(new User { Email = "founder@example.org", DateJoined = June15.Old });
            await db.SaveChangesAsync();
        }
        await Collected.CollectAsync(services, June15.Day);

        var report = await services.Get<ReportBuilder>().BuildAsync(June15.Day);

        Assert.NotNull(report);
        Assert.Empty(report.Row("storage_bytes_by_content_type").SubRows);
        Assert.Equal(1, report.Row("users_total").Value);
    }
}
