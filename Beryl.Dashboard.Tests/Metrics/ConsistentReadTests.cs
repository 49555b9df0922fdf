using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Tests.Metrics;

/// <summary>
/// Beryl keeps writing while a collection reads it: another connection adds and deletes items the whole time,
/// and every snapshot still describes one moment, because each metric source reads in the same transaction.
/// </summary>
[Trait("Category", TestDatabase.Category)]
public sealed class ConsistentReadTests
{
    [Fact]
    public async Task A_collection_while_another_connection_inserts_and_deletes_items_counts_one_moment()
    {
        await using var services = await TestServices.CreateAsync(June15.CollectedAt);
        var created = June15.CollectedAt.UtcDateTime.AddDays(-2);
        await using (var db = services.Beryl())
        {
            var owner = new User { Email = "owner@example.org", DateJoined = created };
            db.Collections.AddRange(Enumerable.Range(0, 3).Select(c => new Collection
            {
                Hash = $"c{c}", Name = $"Shelf {c}", Created = created, Updated = created, CreatedBy = owner,
                Items = Enumerable.Range(0, 20).Select(i => Item($"i{c}-{i}", created)).ToList(),
            }));
            await db.SaveChangesAsync();
        }

        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            var writes = 0;
            while (!stop.IsCancellationRequested)
            {
                await using var db = services.Beryl();
                var collection = await db.Collections.OrderBy(c => c.Id).Skip(writes % 3).FirstAsync();
                collection.Items.Add(Item($"w{writes}", created));
                if (writes % 2 == 1)
                    (await db.CollectionItems.Where(i => i.DeletedAt == null).OrderBy(i => i.Id).FirstAsync()).DeletedAt = created.AddDays(1);
                await db.SaveChangesAsync();
                writes++;
            }
            return writes;
        });

        var checkedSnapshots = 0;
        for (var round = 0; round < 5; round++)
        {
            services.Clock.Advance(TimeSpan.FromSeconds(1));
            var snapshot = await Collected.CollectAsync(services, June15.Day);
            var items = snapshot["items_total"]!.Value;
            Assert.Equal(items, snapshot.Distribution("items_by_status").Values.Sum());
            Assert.Equal(items, snapshot.Distribution("items_by_type").Values.Sum());
            Assert.Equal(items, snapshot["items_created_30d"]);
            // Items and collections counted by other sources, in other queries: the same moment only in one transaction.
            Assert.Equal(items, Math.Round(snapshot["avg_items_per_collection"]!.Value * snapshot["collections_total"]!.Value, 6));
            checkedSnapshots++;
        }
        await stop.CancelAsync();
        var total = await writer;

        Assert.Equal(5, checkedSnapshots);
        Assert.True(total > 20, $"only {total} writes happened during the collections");
    }

    private static CollectionItem Item(string hash, DateTime created) =>
        new() { Hash = hash, Name = hash, Created = created, Updated = created };
}
