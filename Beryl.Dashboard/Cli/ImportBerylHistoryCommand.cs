using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics;

namespace Beryl.Dashboard.Cli;

/// <summary><c>import-beryl-history</c>: the snapshots Beryl's own collector left, read-only towards Beryl (<see cref="BerylHistoryImport"/>).</summary>
public sealed class ImportBerylHistoryCommand : ICliCommand
{
    public string Name => "import-beryl-history";
    public string Summary => $"Import the daily snapshots Beryl's own collector stored in {BerylCollectorColumns.Table} (Beryl is only read).";
    public IReadOnlyList<CliOption> Options { get; } = [];

    public async Task<int> RunAsync(CliArguments args, IServiceProvider services, CancellationToken ct)
    {
        var summary = await services.GetRequiredService<BerylHistoryImport>().ImportAsync(ct);
        foreach (var line in ImportReport.Lines(summary))
            await Console.Out.WriteLineAsync(line);
        return 0;
    }
}
