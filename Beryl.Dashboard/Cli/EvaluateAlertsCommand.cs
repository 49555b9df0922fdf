using Beryl.Dashboard.Formats;
using Beryl.Dashboard.Demo;
using Beryl.Dashboard.Hosting;
using Beryl.Dashboard.Metrics.Report;
using Beryl.Dashboard.Settings;

namespace Beryl.Dashboard.Cli;

/// <summary>
/// <c>evaluate-alerts [--days N] [--seed S]</c> (<c>make alerts-eval</c>): the demo world over N simulated days with
/// incidents on known days, in a data folder of its own, then the alerts of every judged day, at midday and once it is
/// over, and seven result lines (the last with every incident explained). It never touches the configured databases:
/// the simulated world has services of its own, on its temporary folder and the simulated clock.
/// </summary>
public sealed class EvaluateAlertsCommand : ICliCommand
{
    public string Name => "evaluate-alerts";
    public string Summary => "Measure the alerts on a simulated Beryl with injected incidents (its own temporary data folder).";
    public IReadOnlyList<CliOption> Options { get; } =
    [
        CliOption.Number("days", "How many days to simulate (default 200; incidents from day 100 on, at least 120).", 120, 3650),
        CliOption.Number("seed", "Random seed; the same seed gives the same run (default 42).", 0, int.MaxValue, "S"),
    ];

    public async Task<int> RunAsync(CliArguments args, IServiceProvider services, CancellationToken ct)
    {
        var plan = AlertEvaluationPlan.Default(args.Int("days") ?? 200, args.Int("seed") ?? 42);
        var folder = Directory.CreateTempSubdirectory("beryl-alerts-eval-").FullName;
        try
        {
            Console.Out.WriteLine($"Simulating {plan.Days} days from {IsoDay.Text(AlertEvaluationPlan.FirstDay)} at {AlertEvaluationPlan.Growth}x the demo's " +
                                  $"rates (seed {plan.Seed}), collecting each midday (as \"collect now\" would) and each midnight; incidents:");
            foreach (var incident in plan.Incidents)
                Console.Out.WriteLine($"  day {incident.FirstDay} ({Weekday(AlertEvaluationPlan.FirstDay.AddDays(incident.FirstDay))} {IsoDay.Text(AlertEvaluationPlan.FirstDay.AddDays(incident.FirstDay))})" +
                                      $"{(incident.Days > 1 ? $" for {incident.Days} days" : "")}: {incident.Name}");
            var clock = new SimulatedClock(DateTimeOffset.UnixEpoch);
            await using var world = await WorldServicesAsync(folder, clock, ct);
            var result = await AlertEvaluationRun.RunAsync(plan, world, clock, Print, ct);
            Console.Out.WriteLine();
            foreach (var (when, times) in new[] { ("on its day", result.Midnight), ("at midday", result.Midday) })
                foreach (var incident in times.Incidents)
                    Console.Out.WriteLine($"{(times.Caught.Contains(incident) ? "caught" : "MISSED")} {when}: {incident.Name} (day {incident.FirstDay}, " +
                                          $"an alert on {string.Join(" or ", incident.Keys)})");
            PrintChangedByExplanations(result);
            // The result lines come last, for whoever reads the output's tail.
            Console.Out.WriteLine(result.GoalsMet
                ? $"goals met ({Goals}):"
                : $"goals MISSED ({Goals}):");
            foreach (var line in result.SummaryLines())
                Console.Out.WriteLine(line);
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private const string Goals = "median <= 2, max <= 6, every incident caught; at midnight and at midday; max <= 6 after explained incidents";

    /// <summary>The ordinary days whose alerts changed once the incidents were explained: the echoes gone, and any other change.</summary>
    private static void PrintChangedByExplanations(AlertEvaluationResult result)
    {
        Console.Out.WriteLine();
        Console.Out.WriteLine("Once every incident was explained, ordinary days whose alerts changed:");
        foreach (var (before, after) in result.Midnight.Days.Zip(result.Explained.Days).Where(d => d.First.IsOrdinary))
        {
            var (was, now) = (before.Alerts.Select(AlertText.Line).ToHashSet(), after.Alerts.Select(AlertText.Line).ToHashSet());
            if (was.SetEquals(now))
                continue;
            Console.Out.WriteLine($"day {before.Number} {Weekday(before.Day)} {IsoDay.Text(before.Day)}: {was.Count} alerts, then {now.Count}");
            foreach (var gone in was.Except(now))
                Console.Out.WriteLine("    gone: " + gone);
            foreach (var added in now.Except(was))
                Console.Out.WriteLine("    new:  " + added);
        }
    }

    private static void Print(EvaluatedDay day)
    {
        var kind = day.Incident is { } incident ? $"INCIDENT {incident.Name}" : "ordinary";
        Console.Out.WriteLine($"day {day.Number} {Weekday(day.Day)} {IsoDay.Text(day.Day)}{(day.AtMidday ? " at midday" : "")} {kind}: {day.Alerts.Count} alert{(day.Alerts.Count == 1 ? "" : "s")}");
        foreach (var alert in day.Alerts)
            Console.Out.WriteLine("    " + AlertText.Line(alert));
    }

    /// <summary>The app's services on <paramref name="folder"/>, its databases created, with <paramref name="clock"/> as their clock.</summary>
    private static async Task<ServiceProvider> WorldServicesAsync(string folder, SimulatedClock clock, CancellationToken ct)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DataFolder.Setting] = folder,
        }).Build();
        var collection = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        collection.AddBerylDashboard(configuration);
        collection.AddSingleton<TimeProvider>(clock);
        var services = collection.BuildServiceProvider();
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        return services;
    }

    private static string Weekday(DateOnly day) => day.ToString("ddd", System.Globalization.CultureInfo.InvariantCulture);
}
