using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Tests.Hosting;

/// <summary>
/// Before reading Beryl, the collector checks that every table and column of the Beryl model is there; what is
/// missing is one line, and nothing is stored.
/// </summary>
public sealed class BerylSchemaTests : IAsyncLifetime
{
    private TestServices services = null!;

    public async Task InitializeAsync() =>
        services = await TestServices.CreateAsync(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    public async Task DisposeAsync() => await services.DisposeAsync();

    [Fact]
    public async Task The_embedded_Beryl_has_every_table_and_column_the_model_reads()
    {
        await using var db = services.Beryl();

        Assert.Null(await BerylSchema.FirstMissingAsync(db));
    }

    [Fact]
    public async Task The_list_is_the_model_itself()
    {
        await using var db = services.Beryl();

        var required = BerylSchema.Required(db.Model).ToDictionary(t => t.Table, t => t.Columns);

        Assert.Contains("email", required["auth_user"]);
        Assert.Contains("content_type", required["web_mediafile"]);
        Assert.Equal(db.Model.GetEntityTypes().Count(), required.Count);
    }

    [Fact]
    public async Task A_missing_column_is_named()
    {
        await using var db = services.Beryl();
        await db.Database.ExecuteSqlRawAsync("ALTER TABLE auth_user DROP COLUMN is_staff");

        Assert.Equal("has no column \"auth_user\".\"is_staff\"", await BerylSchema.FirstMissingAsync(db));
    }

    [Fact]
    public async Task A_missing_table_stops_the_collection_with_one_line_and_stores_nothing()
    {
        await using (var db = services.Beryl())
            await db.Database.ExecuteSqlRawAsync("DROP TABLE post_office_email");

        var failure = await Assert.ThrowsAsync<BerylSchemaException>(() => services.Get<MetricsCollector>().CollectAsync(new DateOnly(2026, 3, 1)));

        Assert.Equal($"Beryl's database has no table \"post_office_email\": the dashboard expects {BerylSchema.ExpectedVersion}; nothing was read or stored.", failure.Message);
        Assert.DoesNotContain('\n', failure.Message);
        Assert.Empty(await services.Get<Beryl.Dashboard.Metrics.Store.SnapshotStore>().ListAsync(DateOnly.MinValue, DateOnly.MaxValue));
    }
}
