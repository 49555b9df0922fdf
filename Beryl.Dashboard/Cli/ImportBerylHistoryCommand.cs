using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Hosting;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Store;

namespace Beryl.Dashboard.Cli;

/// <summary><c>import-beryl-history</c>: the snapshots Beryl's own collector left, read-only towards Beryl (<see cref="BerylHistoryImport"/>).</summary>
public sealed class ImportBerylHistoryCommand : ICliCommand
{
    public string Name => "import-beryl-history";
    public string Summary => $"Import the daily snapshots Beryl's own collector stored in {BerylCollectorColumns.Table} (Beryl is only read).";
    public IReadOnlyList<CliOption> Options { get; } = [];

    public async Task<int> RunAsync(CliArguments args, IServiceProvider services, CancellationToken ct)
    {
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        ImportSummary summary;
        try
        {
            summary = await services.GetRequiredService<BerylHistoryImport>().ImportAsync(ct);
        }
        catch (CollectionFailedException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
        foreach (var line in ImportReport.SkippedLines(summary).Concat(ImportReport.Lines(summary)))
            await Console.Out.WriteLineAsync(line);
        return 0;
    }
}
