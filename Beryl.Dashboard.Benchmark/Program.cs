using System.Globalization;
using Beryl.Dashboard.Benchmark.Measure;

namespace Beryl.Dashboard.Benchmark;

/// <summary>The benchmark's entry point (not top-level statements: the tests also see the app's own Program).</summary>
internal static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            var options = BenchOptions.Parse(args);
            return options.Command switch
            {
                "memory" => await MemoryProbe.RunChildAsync(options.Settings.Count > 0 ? options.Settings
                    : throw new BenchUsageException("memory needs the target's --setting KEY=VALUE options")),
                "plans" => await QueryPlans.RunAsync(options, Console.Out),
                _ => await BenchRun.RunAsync(options, Console.Out),
            };
        }
        catch (BenchUsageException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            await Console.Error.WriteLineAsync(BenchOptions.Usage);
            return 2;
        }
        catch (Exception e) when (e is BenchMismatchException or LoadErrorsException)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
    }
}
