using System.Diagnostics;

namespace Beryl.Dashboard.Benchmark.Measure;

/// <summary>Timed repetitions of one thing, after untimed warm-up runs.</summary>
public sealed record Timing(string Name, IReadOnlyList<double> Seconds)
{
    public double Median => MedianOf(Seconds);
    public double Min => Seconds.Min();
    public double Max => Seconds.Max();

    public static double MedianOf(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static async Task<Timing> MeasureAsync(string name, int warmUps, int repetitions, Func<Task> run, TextWriter log)
    {
        for (var i = 0; i < warmUps; i++)
            await run();
        var seconds = new List<double>();
        for (var i = 0; i < repetitions; i++)
        {
            // A collection between runs so that one run's garbage is not billed to the next.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var stopwatch = Stopwatch.StartNew();
            await run();
            seconds.Add(stopwatch.Elapsed.TotalSeconds);
        }
        var timing = new Timing(name, seconds);
        log.WriteLine($"  {name}: median {Format(timing.Median)} (min {Format(timing.Min)}, max {Format(timing.Max)}, {repetitions} runs)");
        return timing;
    }

    /// <summary>
    /// Several things timed turn about: warm-ups first, then rounds in which every subject still short of its
    /// repetitions runs once, starting with a different one each round. On a shared machine the load changes by the
    /// minute; interleaving spreads it over all subjects instead of billing one quiet or busy minute to a single one,
    /// which keeps their ratios honest.
    /// </summary>
    public static async Task<IReadOnlyList<Timing>> MeasureInterleavedAsync(int warmUps, TextWriter log,
        params (string Name, int Repetitions, Func<Task> Run)[] subjects)
    {
        for (var i = 0; i < warmUps; i++)
            foreach (var subject in subjects)
                await subject.Run();
        var seconds = subjects.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < subjects.Max(s => s.Repetitions); round++)
            for (var k = 0; k < subjects.Length; k++)
            {
                var j = (round + k) % subjects.Length;
                if (round >= subjects[j].Repetitions)
                    continue;
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var stopwatch = Stopwatch.StartNew();
                await subjects[j].Run();
                seconds[j].Add(stopwatch.Elapsed.TotalSeconds);
            }
        var timings = subjects.Select((s, j) => new Timing(s.Name, seconds[j])).ToList();
        foreach (var t in timings)
            log.WriteLine($"  {t.Name}: median {Format(t.Median)} (min {Format(t.Min)}, max {Format(t.Max)}, {t.Seconds.Count} runs)");
        return timings;
    }

    public static string Format(double seconds) => seconds >= 1 ? $"{seconds:0.000} s" : $"{seconds * 1000:0.0} ms";
}
