using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Tests.Metrics;
using Beryl.Dashboard.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Tests.Demo;

/// <summary>Emptying the embedded Beryl (an interrupted demo seed's rows), on SQLite and on PostgreSQL.</summary>
[Trait("Category", TestDatabase.Category)]
public sealed class EmbeddedBerylClearTests
{
    [Fact]
    public async Task Every_table_of_the_model_is_emptied_whatever_refers_to_what()
    {
        await using var services = await TestServices.CreateAsync(June15.CollectedAt);
        await using (var db = services.Beryl())
            await HandCountedBeryl.SeedAsync(db);

        await using (var db = services.Beryl())
            await EmbeddedBeryl.ClearAsync(db);

        await using var after = services.Beryl();
        Assert.Equal((0, 0, 0, 0), (await after.Users.CountAsync(), await after.Collections.CountAsync(),
            await after.CollectionItems.CountAsync(), await after.MediaFiles.CountAsync()));
        // Still usable: foreign keys are checked again.
        after.Users.Add(new User { Email = "again@example.org", DateJoined = June15.Old });
        await after.SaveChangesAsync();
        Assert.Equal(1, await after.Users.CountAsync());
    }
}
