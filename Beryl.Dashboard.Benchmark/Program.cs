using System.Globalization;
using Beryl.Dashboard.Benchmark;
using Beryl.Dashboard.Benchmark.Dataset;
using Beryl.Dashboard.Benchmark.Measure;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

try
{
    var options = BenchOptions.Parse(args);
    return options.Command switch
    {
        "memory" => await MemoryProbe.RunChildAsync(options.Data ?? throw new BenchUsageException("memory needs --data DIR")),
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
catch (BenchMismatchException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 1;
}
