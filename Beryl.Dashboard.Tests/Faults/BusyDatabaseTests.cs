using System.Data.Common;
using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Tests.Metrics;
using Beryl.Dashboard.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Beryl.Dashboard.Tests.Faults;

/// <summary>
/// Another program holds dashboard.db's write lock (BEGIN IMMEDIATE) for a few seconds while a collection saves:
/// the save waits for it (Microsoft.Data.Sqlite retries a busy database for the command timeout, 30 s by default)
/// and then stores the whole new snapshot.
/// </summary>
public sealed class BusyDatabaseTests
{
    [Fact]
    public async Task A_collection_waits_for_a_write_lock_held_a_few_seconds_and_then_saves_the_new_snapshot()
    {
        var saving = new SaveStarted();
        await using var services = await TestServices.CreateAsync(June15.CollectedAt,
            configure: s => s.ConfigureDashboardDb(o => o.AddInterceptors(saving)));
        await AddUserAsync(services, "a@example.org");
        await services.Get<MetricsCollector>().CollectAsync(June15.Day);
        await AddUserAsync(services, "b@example.org");

        Task<CollectionResult> collecting;
        await using (await WriteLock.HoldAsync(services.Folder.File("dashboard.db")))
        {
            // On a thread of its own: Microsoft.Data.Sqlite runs "async" calls synchronously, busy waits included.
            collecting = Task.Run(() => services.Get<MetricsCollector>().CollectAsync(June15.Day));
            await saving.Started.WaitAsync(TimeSpan.FromMinutes(1));
            // The other program keeps writing for a while: a few seconds, well inside the busy timeout.
            await Task.Delay(TimeSpan.FromSeconds(3));
            Assert.False(collecting.IsCompleted, "The save cannot have finished (nor failed) while another connection holds the write lock.");
        }
        await collecting;

        var snapshot = await Collected.LoadAsync(services, June15.Day);
        Assert.Equal(2, snapshot["users_total"]);
        Assert.Equal(1, snapshot["users_new_24h"]);
        Assert.All(MetricCatalog.All.Where(m => !m.IsDistribution), m => Assert.Contains(snapshot.Snapshot.Values, v => v.Key == m.Key));
        Assert.Single(await services.Get<SnapshotStore>().ListAsync(DateOnly.MinValue, DateOnly.MaxValue));
    }

    private static async Task AddUserAsync(TestServices services, string email)
    {
        await using var db = services.Beryl();
        db.Users.Add(new User { Email = email, DateJoined = email.StartsWith('a') ? June15.Old : June15.InDay });
        await db.SaveChangesAsync();
    }

    /// <summary>Signals when the snapshot store begins its first transaction: the save is asking for the write lock.</summary>
    private sealed class SaveStarted : DbTransactionInterceptor
    {
        private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Started => started.Task;

        public override ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection,
            TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken ct = default)
        {
            started.TrySetResult();
            return base.TransactionStartingAsync(connection, eventData, result, ct);
        }
    }
}
