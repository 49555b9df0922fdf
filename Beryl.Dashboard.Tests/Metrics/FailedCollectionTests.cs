using System.Data.Common;
using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Sources;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Beryl.Dashboard.Tests.Metrics;

/// <summary>
/// A collection that fails part-way leaves the day's previous snapshot exactly as it was: a source that throws
/// half-way through the categories, and a save that fails after the old values were deleted in its transaction.
/// </summary>
[Trait("Category", TestDatabase.Category)]
public sealed class FailedCollectionTests
{
    [Fact]
    public async Task A_source_failing_in_the_middle_leaves_the_previous_snapshot_untouched()
    {
        var failing = new FailingSource();
        await using var services = await TestServices.CreateAsync(June15.CollectedAt,
            configure: s => s.AddSingleton<IMetricSource>(failing));
        await FirstSnapshot.SeedAndCollectAsync(services);

        failing.Fail = true;
        var progress = new RecordingProgress();
        var error = await Assert.ThrowsAsync<IOException>(() =>
            services.Get<MetricsCollector>().CollectAsync(June15.Day, progress));

        Assert.Equal("disk gone", error.Message);
        // It failed in the middle: after the first categories, before Storage and the save.
        Assert.Equal(["Users", "Collections", "Items", "Links"], progress.Steps);
        await FirstSnapshot.AssertIntactAsync(services);
    }

    [Fact]
    public async Task A_save_failing_after_the_old_values_were_deleted_rolls_back()
    {
        var interceptor = new FailingInsertInterceptor();
        await using var services = await TestServices.CreateAsync(June15.CollectedAt,
            configure: s => s.ConfigureDashboardDb(o => o.AddInterceptors(interceptor)));
        await FirstSnapshot.SeedAndCollectAsync(services);

        interceptor.Armed = true;
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => services.Get<MetricsCollector>().CollectAsync(June15.Day));
        Assert.IsType<InvalidOperationException>(error.InnerException);

        Assert.True(interceptor.DeletedBeforeFailing, "The failure should come after the old snapshot's rows were deleted.");
        await FirstSnapshot.AssertIntactAsync(services);
    }

    private sealed class FailingSource : IMetricSource
    {
        public bool Fail { get; set; }

        // Sources run in category order; this one runs after the real Links source.
        public MetricCategory Category => MetricCategory.Links;

        public Task CollectAsync(CollectionRead beryl, SnapshotValues values, CancellationToken ct) =>
            Fail ? throw new IOException("disk gone") : Task.CompletedTask;
    }

    /// <summary>When armed, fails the first command that inserts metric values, noting whether a delete ran before.</summary>
    private sealed class FailingInsertInterceptor : DbCommandInterceptor
    {
        public bool Armed { get; set; }
        public bool DeletedBeforeFailing { get; private set; }
        private bool deleted;

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command,
            CommandEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
        {
            Check(command);
            return base.NonQueryExecutingAsync(command, eventData, result, ct);
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
            CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken ct = default)
        {
            Check(command);
            return base.ReaderExecutingAsync(command, eventData, result, ct);
        }

        private void Check(DbCommand command)
        {
            if (!Armed)
                return;
            if (command.CommandText.Contains("DELETE FROM \"Values\"", StringComparison.Ordinal))
                deleted = true;
            if (command.CommandText.Contains("INSERT INTO \"Values\"", StringComparison.Ordinal))
            {
                DeletedBeforeFailing = deleted;
                throw new InvalidOperationException("The disk filled up while saving the snapshot.");
            }
        }
    }
}
