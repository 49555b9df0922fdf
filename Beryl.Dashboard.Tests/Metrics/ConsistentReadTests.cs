using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Sources;
using Beryl.Dashboard.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beryl.Dashboard.Tests.Metrics;

/// <summary>
/// Beryl keeps writing while a collection reads it. Here another connection adds two items and deletes one in the
/// middle of every collection (right after the items were counted, before engagement counts them again), and
/// every snapshot still describes one moment, because every source reads in the same transaction.
/// </summary>
[Trait("Category", TestDatabase.Category)]
public sealed class ConsistentReadTests
{
    [Fact]
    public async Task A_collection_while_another_connection_inserts_and_deletes_items_counts_one_moment()
    {
        var created = June15.CollectedAt.UtcDateTime.AddDays(-2);
        await using var services = await TestServices.CreateAsync(June15.CollectedAt, configure: s =>
            s.AddSingleton<IMetricSource>(sp => new MidCollectionWriter(sp.GetRequiredService<IDbContextFactory<BerylDbContext>>(), created)));
        await using (var db = services.Beryl())
        {
            var owner = new User { Email = "owner@example.org", DateJoined = created };
            db.Collections.AddRange(Enumerable.Range(0, 3).Select(c => new Collection
            {
                Hash = $"c{c}", Name = $"Shelf {c}", Created = created, Updated = created, CreatedBy = owner,
                Items = Enumerable.Range(0, 20).Select(i => MidCollectionWriter.Item($"i{c}-{i}", created)).ToList(),
            }));
            await db.SaveChangesAsync();
        }

        var totals = new List<double>();
        for (var round = 0; round < 3; round++)
        {
            services.Clock.Advance(TimeSpan.FromSeconds(1));
            var snapshot = await Collected.CollectAsync(services, June15.Day);
            var items = snapshot["items_total"]!.Value;
            Assert.Equal(items, snapshot.Distribution("items_by_status").Values.Sum());
            // Every item was created in the month; the ones deleted in earlier rounds (one each) still count as created.
            Assert.Equal(items + round, snapshot["items_created_30d"]);
            // Counted again by the engagement source, after the writer: the same number only in one transaction.
            Assert.Equal(items, Math.Round(snapshot["avg_items_per_collection"]!.Value * snapshot["collections_total"]!.Value, 6));
            totals.Add(items);
        }

        // Each collection saw the state before its own writes (+2 -1), and the writes did land.
        Assert.Equal([60, 61, 62], totals);
    }

    /// <summary>Runs between the items and the engagement sources: two new items and one deleted, committed on its own connection.</summary>
    private sealed class MidCollectionWriter(IDbContextFactory<BerylDbContext> beryl, DateTime created) : IMetricSource
    {
        private int round;

        public MetricCategory Category => MetricCategory.Items;

        public static CollectionItem Item(string hash, DateTime created) =>
            new() { Hash = hash, Name = hash, Created = created, Updated = created };

        public async Task CollectAsync(CollectionRead read, SnapshotValues values, CancellationToken ct)
        {
            await using var other = await beryl.CreateDbContextAsync(ct);
            var collection = await other.Collections.OrderBy(c => c.Id).FirstAsync(ct);
            collection.Items.Add(Item($"w{round}a", created));
            collection.Items.Add(Item($"w{round}b", created));
            (await other.CollectionItems.Where(i => !i.IsDeleted).OrderBy(i => i.Id).FirstAsync(ct)).IsDeleted = true;
            await other.SaveChangesAsync(ct);
            round++;
        }
    }
}
