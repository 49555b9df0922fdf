using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Beryl.Dashboard.Tests.Faults;

/// <summary>
/// <c>collect-daily-metrics</c> killed with SIGKILL (no clean-up of any kind runs) while it collects the big Beryl:
/// both databases stay sound, the day keeps the snapshot it had, and the next collection replaces it normally.
/// </summary>
public sealed class KilledCollectionTests
{
    private static readonly string DayArgument = BigBeryl.Day.ToString("yyyy-MM-dd");

    /// <summary>Items added after the first collection, so a snapshot of the killed run could not pass for the old one.</summary>
    private const int AddedItems = 1_000;

    [Fact]
    public async Task A_collection_killed_half_way_leaves_both_databases_sound_and_the_previous_snapshot_intact()
    {
        await using var services = await BigBeryl.NewServicesAsync();
        var previous = await CollectPreviousSnapshotAsync(services);

        using var child = StartCollection(services);
        var output = new ChildOutput(child);
        // The first category is done and the long ones are under way: the middle of the collection.
        await output.WaitForAsync("[1/9] Users");
        await KillAsync(child);

        Assert.DoesNotContain(await output.AllAsync(), l => l.StartsWith("[8/9]", StringComparison.Ordinal));
        await AssertUnharmedAsync(services, previous);
        await AssertCollectingAgainWorksAsync(services);
    }

    /// <summary>
    /// The save is one transaction holding dashboard.db's write lock while it deletes the day's rows and inserts
    /// the new ones (about 4,300 of them with the big Beryl's 4,000 attributes, some seconds on the test machine).
    /// The test sees that lock from outside and kills the process while it is held, before the commit (most of that
    /// time goes to the inserts, after the old rows were deleted). A kill during SQLite's own commit cannot be aimed at
    /// from outside; SQLite's WAL makes that commit atomic.
    /// </summary>
    [Fact]
    public async Task A_collection_killed_while_it_writes_its_snapshot_leaves_the_previous_snapshot_intact()
    {
        await using var services = await BigBeryl.NewServicesAsync();
        var previous = await CollectPreviousSnapshotAsync(services);

        using var child = StartCollection(services);
        var output = new ChildOutput(child);
        await output.WaitForAsync("[8/9] Engagement");
        await WaitForTheSaveToHoldTheWriteLockAsync(services.Folder.File("dashboard.db"), child, output);
        await KillAsync(child);

        // Had the save committed, "[9/9] Saved" would have been printed before anything else happened.
        Assert.DoesNotContain(await output.AllAsync(), l => l.StartsWith("[9/9] Saved", StringComparison.Ordinal));
        await AssertUnharmedAsync(services, previous);
        await AssertCollectingAgainWorksAsync(services);
    }

    /// <summary>The day's snapshot as the fault will find it: the big Beryl as built, then more items added.</summary>
    private static async Task<MetricSnapshot> CollectPreviousSnapshotAsync(TestServices services)
    {
        await services.Get<MetricsCollector>().CollectAsync(BigBeryl.Day);
        var snapshot = await LoadAsync(services);
        Assert.Equal(BigBeryl.Items, Value(snapshot, "items_total"));
        await BigBeryl.AddItemsAsync(services.Folder.File("beryl.db"), BigBeryl.Items + 1, AddedItems);
        return snapshot;
    }

    private static System.Diagnostics.Process StartCollection(TestServices services) =>
        CliProcess.Start(services.Folder.Path, ["collect-daily-metrics", "--date", DayArgument]);

    private static async Task WaitForTheSaveToHoldTheWriteLockAsync(string dashboardDb, System.Diagnostics.Process child, ChildOutput output)
    {
        while (!WriteLock.IsHeldByAnother(dashboardDb))
        {
            if (child.HasExited || output.Has("[9/9] Saved"))
                throw new InvalidOperationException(
                    "The save ended before the test saw it hold the write lock; make its snapshot bigger (BigBeryl.Attributes).");
            await Task.Delay(10);
        }
    }

    private static async Task KillAsync(System.Diagnostics.Process child)
    {
        // Process.Kill() is SIGKILL on Linux: no finally block, no disposal, no checkpoint runs in the child.
        child.Kill();
        await child.WaitForExitAsync();
        Assert.Equal(128 + 9, child.ExitCode);
    }

    private static async Task AssertUnharmedAsync(TestServices services, MetricSnapshot previous)
    {
        // Fresh connections see the files as the next program would, the dead process's WAL included.
        SqliteConnection.ClearAllPools();
        Assert.Equal("ok", await IntegrityCheckAsync(services.Folder.File("beryl.db")));
        Assert.Equal("ok", await IntegrityCheckAsync(services.Folder.File("dashboard.db")));

        var stored = await services.Get<SnapshotStore>().ListAsync(DateOnly.MinValue, DateOnly.MaxValue);
        Assert.Equal(BigBeryl.Day, Assert.Single(stored).Day);
        var now = await LoadAsync(services);
        Assert.Equal(previous.CollectedAt, now.CollectedAt);
        Assert.Equal(previous.DurationMs, now.DurationMs);
        Assert.Equal(Rows(previous), Rows(now));
        // The numbers of the big Beryl before the items were added.
        Assert.Equal(BigBeryl.Items, Value(now, "items_total"));
        Assert.Equal(BigBeryl.Attributes, Value(now, "attributes_total"));
        Assert.Equal(BigBeryl.Collections, Value(now, "collections_total"));
        Assert.Equal(2, Value(now, "avg_attributes_per_item"));
        Assert.Equal(100, Value(now, "avg_items_per_collection"));
    }

    private static async Task AssertCollectingAgainWorksAsync(TestServices services)
    {
        var run = await CliProcess.RunAsync(services.Folder.Path, "collect-daily-metrics", "--date", DayArgument);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains($"Collected {DayArgument} (provisional): ", run.Output);

        var snapshot = await LoadAsync(services);
        Assert.Equal(BigBeryl.Items + AddedItems, Value(snapshot, "items_total"));
        // Complete: every plain metric, and one row per attribute in attribute_usage.
        Assert.All(MetricCatalog.All.Where(m => !m.IsDistribution), m => Assert.Contains(snapshot.Values, v => v.Key == m.Key));
        Assert.Equal(BigBeryl.Attributes, snapshot.Values.Count(v => v.Key == "attribute_usage"));
        Assert.Equal("ok", await IntegrityCheckAsync(services.Folder.File("dashboard.db")));
    }

    private static async Task<MetricSnapshot> LoadAsync(TestServices services) =>
        (await services.Get<SnapshotStore>().LoadAsync([BigBeryl.Day]))[BigBeryl.Day];

    private static double? Value(MetricSnapshot snapshot, string key) => snapshot.Values.Single(v => v.Key == key && v.Label == "").Value;

    private static List<(string, string, double?)> Rows(MetricSnapshot snapshot) =>
        snapshot.Values.Select(v => (v.Key, v.Label, v.Value)).OrderBy(r => r.Key, StringComparer.Ordinal).ThenBy(r => r.Label, StringComparer.Ordinal).ToList();

    private static async Task<string> IntegrityCheckAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
