using Beryl.Dashboard.Hosting;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Store;

namespace Beryl.Dashboard.Cli;

/// <summary><c>build-history</c>: the first connection in one step (<see cref="HistoryBuilder"/>), as the page's "Build the history" does.</summary>
public sealed class BuildHistoryCommand : ICliCommand
{
    public string Name => "build-history";
    public string Summary =>
        "Build the history of a Beryl just connected: import Beryl's own snapshots, then rebuild the retention period's past days from its tables.";
    public IReadOnlyList<CliOption> Options { get; } = [];

    public async Task<int> RunAsync(CliArguments args, IServiceProvider services, CancellationToken ct)
    {
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        HistoryBuild build;
        try
        {
            build = await services.GetRequiredService<HistoryBuilder>().BuildAsync(ct: ct);
        }
        catch (CollectionFailedException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
        foreach (var line in build.Lines())
            await Console.Out.WriteLineAsync(line);
        return 0;
    }
}
