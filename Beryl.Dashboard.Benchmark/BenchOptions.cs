using Beryl.Dashboard.Export;
using System.Globalization;
using Beryl.Dashboard.Benchmark.Dataset;

namespace Beryl.Dashboard.Benchmark;

public sealed class BenchUsageException(string message) : Exception(message);

/// <summary>Thrown when the collector, the baseline and the floor disagree: no time is reported then.</summary>
public sealed class BenchMismatchException(string message) : Exception(message);

/// <summary>Thrown when wrk reports any error (socket error, timeout, non-2xx/3xx answer): the load run asks for none.</summary>
public sealed class LoadErrorsException(string message) : Exception(message);

/// <summary>The command line: <c>[run] [--quick] ...</c>, <c>plans</c>, or the child's <c>memory --setting KEY=VALUE...</c>.</summary>
public sealed record BenchOptions(
    string Command,
    bool Quick,
    string BenchDir,
    IReadOnlyDictionary<string, string?> Settings,
    IReadOnlyList<string> Engines,
    int Repetitions,
    int WrkSeconds,
    int WrkThreads,
    int WrkConnections,
    int Seed,
    bool SkipHttp,
    bool OnlyHttp)
{
    public const string Usage =
        "Usage: Beryl.Dashboard.Benchmark [run] [--quick] [--bench-dir DIR] [--repetitions N] [--wrk-seconds S]\n" +
        "                                 [--wrk-threads N] [--wrk-connections N] [--seed N] [--skip-http | --only-http]\n" +
        "                                 [--engine sqlite|postgres|both]\n" +
        "       Beryl.Dashboard.Benchmark plans [--quick] [--bench-dir DIR]   (EXPLAIN QUERY PLAN of the collector's statements)\n" +
        "  --engine E        which engine holds Beryl and the store: sqlite, postgres (a local server from Debian's\n" +
        "                    package, started and stopped by the benchmark) or both (the default)\n" +
        "  --quick           a tenth of the size (and a hundredth for the memory comparison), wrk for 5 s, 5 repetitions\n" +
        "  --only-http       only the load run: collect the day once, then wrk (default 60 s, 32 connections) on each endpoint\n" +
        "  --repetitions N   timed runs of the naive baseline (default 7; quick 5); the collector and the floor get 2N+1\n" +
        "  --bench-dir DIR   where the datasets are kept (default: .bench at the repository root)";

    /// <summary>The app's default retention, which the collector applies after saving (365 days).</summary>
    public int RetentionDays() => new Beryl.Dashboard.Metrics.MetricsOptions().RetentionDays;

    /// <summary>The size of the main dataset: 1 is Beryl's size; --quick is a tenth of it.</summary>
    public double Scale => Quick ? 0.1 : 1.0;

    public static BenchOptions Parse(string[] args)
    {
        var command = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "run";
        if (command is not ("run" or "memory" or "plans"))
            throw new BenchUsageException($"Unknown command '{command}'.");
        var quick = false;
        bool skipHttp = false, onlyHttp = false;
        string? benchDir = null;
        var settings = new Dictionary<string, string?>();
        string[] engines = [BenchTarget.Sqlite, BenchTarget.Postgres];
        int? repetitions = null;
        int seed = DatasetSpec.DefaultSeed, threads = 2, connections = 32;
        int? wrkSeconds = null;
        for (var i = command == "run" && (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal)) ? 0 : 1; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new BenchUsageException($"{args[i]} needs a value.");
            int Number(int min)
            {
                var name = args[i];
                var text = Value();
                return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min
                    ? n : throw new BenchUsageException($"{name} must be a whole number of at least {min}, got '{text}'.");
            }
            switch (args[i])
            {
                case "--quick": quick = true; break;
                case "--skip-http": skipHttp = true; break;
                case "--only-http": onlyHttp = true; break;
                case "--bench-dir": benchDir = Value(); break;
                case "--setting":
                    var setting = Value();
                    var equals = setting.IndexOf('=', StringComparison.Ordinal);
                    if (equals < 1)
                        throw new BenchUsageException($"--setting needs KEY=VALUE, got '{setting}'.");
                    settings[setting[..equals]] = setting[(equals + 1)..];
                    break;
                case "--engine":
                    engines = Value() switch
                    {
                        BenchTarget.Sqlite => [BenchTarget.Sqlite],
                        BenchTarget.Postgres => [BenchTarget.Postgres],
                        "both" => [BenchTarget.Sqlite, BenchTarget.Postgres],
                        var other => throw new BenchUsageException($"--engine is sqlite, postgres or both, not '{other}'."),
                    };
                    break;
                case "--repetitions": repetitions = Number(5); break;
                case "--wrk-seconds": wrkSeconds = Number(1); break;
                case "--wrk-threads": threads = Number(1); break;
                case "--wrk-connections": connections = Number(1); break;
                case "--seed": seed = Number(0); break;
                default: throw new BenchUsageException($"Unknown option '{args[i]}'.");
            }
        }
        if (skipHttp && onlyHttp)
            throw new BenchUsageException("--skip-http and --only-http exclude each other.");
        // The load run: 60 s with 32 connections; the quick run keeps the connections and shortens the time.
        return new BenchOptions(command, quick, benchDir ?? DefaultBenchDir(), settings, engines, repetitions ?? (quick ? 5 : 7),
            wrkSeconds ?? (quick ? 5 : 60), threads, connections, seed, skipHttp, onlyHttp);
    }

    /// <summary><c>.bench</c> at the repository root (found from this program's folder), else in the current folder.</summary>
    private static string DefaultBenchDir() =>
        RepositoryRoot.Find(AppContext.BaseDirectory) is { } root ? Path.Combine(root, ".bench") : Path.GetFullPath(".bench");
}
