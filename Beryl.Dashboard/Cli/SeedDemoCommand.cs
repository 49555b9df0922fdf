using Beryl.Dashboard.Demo;

namespace Beryl.Dashboard.Cli;

/// <summary><c>seed-demo [--days N] [--seed S]</c>: a believable Beryl that grows day by day, with real snapshots.</summary>
public sealed class SeedDemoCommand : ICliCommand
{
    public string Name => "seed-demo";
    public string Summary => "Fill an empty Beryl database with demo data grown over N days, collecting each midnight.";
    public IReadOnlyList<CliOption> Options { get; } =
    [
        CliOption.Number("days", "How many days of history to simulate (default 60).", 1, 3650),
        CliOption.Number("seed", "Random seed; the same seed gives the same data (default 42).", 0, int.MaxValue, "S"),
        new("if-empty", "Do nothing (and succeed) when Beryl's database already has data, or is Beryl's own (ConnectionStrings:Beryl)."),
    ];

    public async Task<int> RunAsync(CliArguments args, IServiceProvider services, CancellationToken ct)
    {
        // Beryl's own database is never written: the demo only ever fills the embedded one. `make run` asks for a demo
        // only when there is nothing to show (--if-empty): a real Beryl is something to show.
        if (services.GetRequiredService<Settings.BerylSource>() is { IsEmbedded: false })
        {
            if (args.Has("if-empty"))
            {
                Console.Out.WriteLine($"{Settings.BerylSource.Key} names Beryl's own database: no demo is seeded.");
                return 0;
            }
            throw new CliException($"seed-demo: {Settings.BerylSource.Key} names Beryl's own database, which the dashboard only reads; " +
                                   "the demo fills the embedded one (unset the setting).");
        }
        var days = args.Int("days") ?? DemoSeeder.DefaultDays;
        var seed = args.Int("seed") ?? DemoSeeder.DefaultSeed;
        await services.GetRequiredService<Hosting.DatabaseMigrator>().MigrateAsync(ct);
        var seeder = ActivatorUtilities.CreateInstance<DemoSeeder>(services);
        try
        {
            Console.Out.WriteLine($"Seeding a demo Beryl of {days} days, collecting each day's snapshot (Ctrl-C leaves nothing: the next seed starts over)...");
            var result = await seeder.SeedAsync(days, seed, new ConsoleProgress(Console.Out, Terminal.Console.IsTerminal), ct);
            Console.Out.WriteLine(result.Summary);
            return 0;
        }
        catch (DemoDataExistsException e) when (args.Has("if-empty"))
        {
            Console.Out.WriteLine($"{e.Message} Nothing seeded.");
            return 0;
        }
        catch (DemoDataExistsException e)
        {
            throw new CliException($"seed-demo: {e.Message}");
        }
    }
}
