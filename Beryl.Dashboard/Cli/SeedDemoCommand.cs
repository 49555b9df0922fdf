using Beryl.Dashboard.Demo;

namespace Beryl.Dashboard.Cli;

/// <summary><c>seed-demo [--days N] [--seed S]</c>: a believable Beryl that grows day by day, with real snapshots.</summary>
public sealed class SeedDemoCommand : ICliCommand
{
    public string Name => "seed-demo";
    public string Summary => "Fill an empty Beryl database with demo data grown over N days, collecting each midnight.";
    public IReadOnlyList<CliOption> Options { get; } =
    [
        new("days", "How many days of history to simulate (default 60).", "N"),
        new("seed", "Random seed; the same seed gives the same data (default 42).", "S"),
    ];

    public async Task<int> RunAsync(CliArguments args, IServiceProvider services, CancellationToken ct)
    {
        var days = args.Int("days", 1, 3650) ?? DemoSeeder.DefaultDays;
        var seed = args.Int("seed", 0, int.MaxValue) ?? DemoSeeder.DefaultSeed;
        var seeder = ActivatorUtilities.CreateInstance<DemoSeeder>(services);
        var result = await seeder.SeedAsync(days, seed, ct);
        Console.Out.WriteLine(result.Summary);
        return 0;
    }
}
