using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Beryl.Dashboard.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace Beryl.Dashboard.Benchmark.Measure;

/// <summary>What one collection cost in memory, measured in a fresh process of its own.</summary>
public sealed record MemoryUse(long PeakRssBytes, long RssBeforeBytes, long ManagedCommittedBytes, long AllocatedBytes)
{
    public double PeakRssMb => PeakRssBytes / 1048576.0;
}

/// <summary>
/// Peak memory of a collection. The parent starts this same program with <c>memory</c> and the target's settings
/// (<c>--setting KEY=VALUE</c>); the child sets up the app's services, runs one collection and reports the peak resident set size (VmHWM of /proc/self/status):
/// the figure that counts for the machine, and the only one that sees SQLite's native memory (page cache, sorter,
/// temporary B-trees), which the GC's numbers do not. The GC's view is reported beside it.
/// </summary>
public static class MemoryProbe
{
    private const string Marker = "MEMORY ";

    /// <summary>The child's side: one collection, then the numbers on stdout.</summary>
    public static async Task<int> RunChildAsync(IReadOnlyDictionary<string, string?> settings)
    {
        await using var services = await BenchServices.CreateAsync(BenchTarget.FromSettings(settings));
        var rssBefore = ProcStatus("VmRSS");
        await services.GetRequiredService<MetricsCollector>().CollectAsync(BenchDay.Day);
        var gc = GC.GetGCMemoryInfo(GCKind.Any);
        var use = new MemoryUse(ProcStatus("VmHWM"), rssBefore, gc.TotalCommittedBytes, GC.GetTotalAllocatedBytes(precise: true));
        Console.WriteLine(Marker + JsonSerializer.Serialize(use));
        return 0;
    }

    /// <summary>The parent's side: runs the child on a target and reads what it printed.</summary>
    public static async Task<MemoryUse> MeasureAsync(BenchTarget target)
    {
        var info = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
            info.ArgumentList.Add(typeof(MemoryProbe).Assembly.Location);
        info.ArgumentList.Add("memory");
        foreach (var (key, value) in target.Settings)
        {
            info.ArgumentList.Add("--setting");
            info.ArgumentList.Add($"{key}={value}");
        }
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var line = (await output).Split('\n').FirstOrDefault(l => l.StartsWith(Marker, StringComparison.Ordinal));
        if (process.ExitCode != 0 || line is null)
            throw new InvalidOperationException($"The memory probe on {target.DataFolder} ({target.Engine}) failed (exit {process.ExitCode}): {await error}");
        return JsonSerializer.Deserialize<MemoryUse>(line[Marker.Length..])!;
    }

    /// <summary>A "kB" line of /proc/self/status, in bytes (0 where there is no /proc).</summary>
    public static long ProcStatus(string field)
    {
        const string path = "/proc/self/status";
        if (!File.Exists(path))
            return 0;
        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        var kb = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kb is null ? 0 : long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
    }
}
