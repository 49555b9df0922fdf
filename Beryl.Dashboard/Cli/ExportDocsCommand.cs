using Beryl.Dashboard.Export;

namespace Beryl.Dashboard.Cli;

/// <summary><c>export-docs [--output PATH]</c>: rewrites the generated reference tables in docs/METRICS.md.</summary>
public sealed class ExportDocsCommand : ICliCommand
{
    public string Name => "export-docs";
    public string Summary => $"Rewrite the metric reference in {MetricsReference.DefaultPath} from the catalog (only between its markers).";
    public IReadOnlyList<CliOption> Options { get; } = [GeneratedFile.OutputOption];

    public async Task<int> RunAsync(CliArguments args, IServiceProvider services, CancellationToken ct)
    {
        var path = GeneratedFile.PathFor(args, Name, MetricsReference.DefaultPath);
        if (!File.Exists(path))
            throw new CliException($"{Name}: {path} does not exist; it is hand-written around the generated part.");
        string updated;
        try
        {
            updated = MetricsReference.Section.Replace(await File.ReadAllTextAsync(path, ct), MetricsReference.Render());
        }
        catch (InvalidOperationException e)
        {
            throw new CliException($"{Name}: {path}: {e.Message}");
        }
        GeneratedFile.Write(path, updated);
        Console.Out.WriteLine($"Updated the metric reference in {path}");
        return 0;
    }
}
