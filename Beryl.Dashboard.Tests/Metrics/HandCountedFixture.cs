using Beryl.Dashboard.Tests.Support;

namespace Beryl.Dashboard.Tests.Metrics;

/// <summary>
/// The hand-counted Beryl on real SQLite files, with the snapshot of 2026-06-15 collected by the nightly job
/// five minutes after the cut-off (final and exact).
/// </summary>
public sealed class HandCountedFixture : IAsyncLifetime
{
    public TestServices Services { get; private set; } = null!;
    public Collected June15Snapshot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Services = await TestServices.CreateAsync(June15.CollectedAt);
        await using (var db = Services.Beryl())
            await HandCountedBeryl.SeedAsync(db);
        June15Snapshot = await Collected.CollectAsync(Services, June15.Day);
    }

    public async Task DisposeAsync() => await Services.DisposeAsync();
}
