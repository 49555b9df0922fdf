using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Hosting;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Tests.Metrics;
using Beryl.Dashboard.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Beryl.Dashboard.Tests.Faults;

/// <summary>
/// PostgreSQL stopped (as a crash: <c>pg_ctl stop -m immediate</c>) while a collection reads Beryl's data, and
/// while it saves the snapshot: one clear line naming the database, the day's previous snapshot exactly as it
/// was, and the same collection succeeding once the server is back. A lock held by another connection stops
/// the collection at a known point first, so the server goes away mid-query every time.
/// </summary>
public sealed class PostgresOutageTests : IAsyncLifetime
{
    private PostgresServer server = null!;
    private TestServices services = null!;
    private string connectionString = null!;

    public async Task InitializeAsync()
    {
        server = await PostgresServer.StartAsync();
        connectionString = await server.CreateDatabaseAsync();
        services = await TestServices.CreateAsync(June15.CollectedAt, TestDatabase.PostgresSettings(connectionString));
        await FirstSnapshot.SeedAndCollectAsync(services);
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task Stopped_while_reading_Beryl_the_collection_fails_clearly_and_a_retry_succeeds()
    {
        var progress = new RecordingProgress();
        var collection = await CollectBlockedOnAsync("web_collectionitemlink", progress);

        await server.StopAsync("immediate");
        var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => collection);

        Assert.Equal("Beryl's database is unreachable (the server closed the connection): the collection of " +
                     "2026-06-15 stopped before saving, the day's previous snapshot is unchanged.", error.Message);
        Assert.Equal(["Users", "Collections", "Items"], progress.Steps);
        await RetryOnceBackAsync();
    }

    [Fact]
    public async Task Stopped_while_saving_the_snapshot_nothing_partial_is_left_and_a_retry_succeeds()
    {
        // The save deletes the day's old values, then its old header: held here, after the values are gone
        // inside the save's transaction.
        var progress = new RecordingProgress();
        var collection = await CollectBlockedOnAsync("Snapshots", progress);

        await server.StopAsync("immediate");
        var error = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => collection);

        Assert.Equal("The dashboard database is unreachable (the server closed the connection): the snapshot of " +
                     "2026-06-15 was not saved, the day's previous snapshot is unchanged.", error.Message);
        Assert.DoesNotContain("Saved", progress.Steps);
        await RetryOnceBackAsync();
    }

    [Fact]
    public async Task Health_says_unhealthy_once_the_server_is_gone_though_the_pool_still_holds_its_connections()
    {
        var health = new DatabasesHealthCheck(services.Get<IDbContextFactory<BerylDbContext>>(), services.Get<IDbContextFactory<DashboardDbContext>>());
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync(new HealthCheckContext())).Status);

        await server.StopAsync("immediate");
        var result = await health.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("No answer from the Beryl and dashboard database.", result.Description);
        await server.StartAgainAsync();
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync(new HealthCheckContext())).Status);
    }

    /// <summary>Starts a collection that waits on a lock another connection holds on <paramref name="table"/>; returns once it waits.</summary>
    private async Task<Task<CollectionResult>> CollectBlockedOnAsync(string table, RecordingProgress progress)
    {
        // Not let go: it holds until the server stops under it.
        var tableLock = await PostgresTableLock.TakeAsync(connectionString, table);
        var collection = services.Get<MetricsCollector>().CollectAsync(June15.Day, progress);
        await tableLock.UntilWaitedOnAsync(collection);
        return collection;
    }

    /// <summary>Back up: the day still has its first snapshot, untouched; collecting again replaces it.</summary>
    private async Task RetryOnceBackAsync()
    {
        await server.StartAgainAsync();

        await FirstSnapshot.AssertIntactAsync(services);

        await services.Get<MetricsCollector>().CollectAsync(June15.Day);

        var after = await Collected.LoadAsync(services, June15.Day);
        Assert.Equal(June15.Utc("2026-06-15T22:15:00"), after.Snapshot.CollectedAt);
        Assert.Equal(2, after["users_total"]);
    }
}
