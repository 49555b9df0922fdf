using Microsoft.Extensions.Options;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Export;

namespace Beryl.Dashboard.Cli;

/// <summary><c>export-grafana [--output PATH]</c>: regenerates the Grafana dashboard JSON from the catalog.</summary>
public sealed class ExportGrafanaCommand : ICliCommand
{
    public string Name => "export-grafana";
    public string Summary => $"Write the Grafana dashboard generated from the metric catalog (default {GrafanaDashboard.DefaultPath}).";
    public IReadOnlyList<CliOption> Options { get; } = [GeneratedFile.OutputOption];

    public Task<int> RunAsync(CliArguments args, IServiceProvider services, CancellationToken ct)
    {
        var path = GeneratedFile.PathFor(args, Name, GrafanaDashboard.DefaultPath);
        GeneratedFile.Write(path, GrafanaDashboard.Render(services.GetRequiredService<IOptions<MetricsOptions>>().Value.TimeZone));
        Console.Out.WriteLine($"Wrote {path}");
        return Task.FromResult(0);
    }
}
