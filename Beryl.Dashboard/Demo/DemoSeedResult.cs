using Beryl.Dashboard.Formats;
using Beryl.Dashboard.Settings;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Store;
using Microsoft.EntityFrameworkCore;

namespace Beryl.Dashboard.Demo;

/// <summary>What <see cref="DemoSeeder"/> did, in one line.</summary>
public sealed record DemoSeedResult(int Users, int Items, int Snapshots, DateOnly From, DateOnly To, bool RemovedInterrupted)
{
    public string Summary =>
        (RemovedInterrupted ? "Removed the half-built demo of an interrupted seed. " : "") +
        $"Seeded demo Beryl: {Users} users, {Items} items; collected {Snapshots} daily snapshots from {IsoDay.Text(From)} to {IsoDay.Text(To)}. " +
        $"Sign in as {DemoSeeder.AdminEmail} / {DemoSeeder.AdminPassword}.";
}
