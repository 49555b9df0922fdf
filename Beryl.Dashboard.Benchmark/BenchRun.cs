using System.Globalization;
using Beryl.Dashboard.Benchmark.Dataset;
using Beryl.Dashboard.Benchmark.Measure;
using Beryl.Dashboard.Benchmark.Queries;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Store;
using Beryl.Dashboard.Benchmark.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace Beryl.Dashboard.Benchmark;

/// <summary>
/// One benchmark run, on one dataset and on each engine asked for (SQLite, then PostgreSQL): the collector, the naive
/// baseline and the floor (checked equal first), peak memory against a tenth of the size, the report, a year's
/// backfill, and the HTTP endpoints under wrk (the load run; <c>--only-http</c> runs it alone).
/// </summary>
public static class BenchRun
{
    public static async Task<int> RunAsync(BenchOptions options, TextWriter log)
    {
        log.WriteLine($"Beryl Dashboard benchmark ({(options.Quick ? "quick: a tenth of the size" : "full size")}" +
                      $"{(options.OnlyHttp ? ", HTTP only" : "")}; {string.Join(" and ", options.Engines)}), " +
                      $"{Environment.ProcessorCount} cores, .NET {Environment.Version}");
        var datasets = new BenchDatasets(options.BenchDir, log);
        var (folder, spec) = await datasets.EnsureAsync(options.Scale, options.Seed);
        var (tenthFolder, tenthSpec) = options.OnlyHttp ? (folder, spec) : await datasets.EnsureAsync(options.Scale / 10, options.Seed);
        // Set in the SQLite file before any copy is made from it, so every engine's copy has the admin's known password.
        await BenchAdmin.EnsureAsync(BenchTarget.SqliteFolder(folder));

        var results = new List<EngineResult>();
        foreach (var engine in options.Engines)
        {
            if (engine == BenchTarget.Sqlite)
            {
                log.WriteLine($"== SQLite {SqliteVersion(folder)}, default page cache (the app's connection string: no pragmas) ==");
                results.Add(await RunEngineAsync(options, spec, BenchTarget.SqliteFolder(folder), BenchTarget.SqliteFolder(tenthFolder),
                    target => Task.FromResult(BenchTarget.SqliteFolder(OptionalIndexes.CopyWithIndexes(target.DataFolder, log))), log));
                continue;
            }
            await using var postgres = await PostgresBench.StartAsync(options.BenchDir, log);
            log.WriteLine($"== {postgres.Version}, Debian's default configuration; Beryl and the store in databases of their own ==");
            var target = await postgres.TargetAsync(folder, spec);
            var tenth = options.OnlyHttp ? target : await postgres.TargetAsync(tenthFolder, tenthSpec);
            results.Add(await RunEngineAsync(options, spec, target, tenth, postgres.WithOptionalIndexesAsync, log));
        }

        log.WriteLine();
        foreach (var result in results)
            foreach (var line in result.Summary)
                log.WriteLine(line);
        log.WriteLine();
        // Today's lines first, unprefixed (SQLite's, as before PostgreSQL was measured), then each engine's.
        var lines = results.Where(r => r.Engine == BenchTarget.Sqlite).SelectMany(r => r.Ratios.Lines(""))
            .Concat(results.SelectMany(r => r.Ratios.Lines(r.Engine + " ")));
        foreach (var line in lines)
            log.WriteLine(line);
        log.WriteLine();
        foreach (var goal in results.SelectMany(r => r.Ratios.Goals(r.Engine + " ", pageGoal: r.Engine == BenchTarget.Sqlite)))
            log.WriteLine(goal);
        return 0;
    }

    /// <summary>What one engine's run gives: its ratios, and the summary lines printed at the end.</summary>
    private sealed record EngineResult(string Engine, Ratios Ratios, List<string> Summary);

    private static async Task<EngineResult> RunEngineAsync(BenchOptions options, DatasetSpec spec, BenchTarget target, BenchTarget tenth,
        Func<BenchTarget, Task<BenchTarget>> withOptionalIndexes, TextWriter log)
    {
        if (options.OnlyHttp)
            return await RunHttpOnlyAsync(options, spec, target, log);
        await using var services = await BenchServices.CreateAsync(target);
        var collector = services.GetRequiredService<MetricsCollector>();
        var store = services.GetRequiredService<SnapshotStore>();
        var calendar = services.GetRequiredService<BusinessCalendar>();
        var period = calendar.PeriodFor(BenchDay.Day, BenchDay.CollectionClock(calendar));
        log.WriteLine($"Collecting {BenchDay.Day:yyyy-MM-dd} (cut-off {period.CutOff:yyyy-MM-dd HH:mm} UTC) at {BenchDay.CollectionClock(calendar):yyyy-MM-dd HH:mm} UTC");

        // 1. The same numbers from all three, or no times at all.
        log.WriteLine("Checking that the collector, the naive baseline and the floor agree...");
        await collector.CollectAsync(BenchDay.Day);
        var collected = MetricNumbers.FromSnapshot((await store.LoadAsync([BenchDay.Day]))[BenchDay.Day]);
        var (naive, naiveStatements) = RunSql(target, period, NaiveBaseline.Collect);
        var (floor, floorStatements) = RunSql(target, period, Floor.Collect);
        var differences = MetricNumbers.Differences("collector", collected, "naive", naive)
            .Concat(MetricNumbers.Differences("collector", collected, "floor", floor)).ToList();
        if (differences.Count > 0)
            throw new BenchMismatchException($"MISMATCH ({target.Engine}): the collector, the naive baseline and the floor disagree:\n  " +
                                             string.Join("\n  ", differences));
        log.WriteLine($"  all {collected.Values.Count(v => MetricNumbers.Compared(v.Key.Key))} values agree " +
                      $"(naive: {naiveStatements} statements, floor: {floorStatements})");

        // 2. Times, warm: one untimed run each, then the repetitions, taking turns.
        // The collector and the floor, whose ratio is the closest call, get twice the runs (and the naive baseline,
        // by far the slowest, the number asked for).
        var close = 2 * options.Repetitions + 1;
        log.WriteLine($"Timing (after a warm-up, interleaved; medians of {close} runs, {options.Repetitions} for the naive baseline):");
        var snapshot = (await store.LoadAsync([BenchDay.Day]))[BenchDay.Day];
        var timings = await Timing.MeasureInterleavedAsync(1, log,
            ("collector (MetricsCollector.CollectAsync, one day)", close, () => collector.CollectAsync(BenchDay.Day)),
            ($"naive baseline ({naiveStatements} statements)", options.Repetitions,
                () => Task.FromResult(RunSql(target, period, NaiveBaseline.Collect))),
            ($"floor ({floorStatements} statements)", close, () => Task.FromResult(RunSql(target, period, Floor.Collect))),
            // What the collector's time includes besides reading Beryl: the atomic save of the snapshot, and retention.
            ("within the collector: saving the snapshot and retention", close, () => SaveAgainAsync(store, snapshot, options)));
        var (collectorTiming, naiveTiming, floorTiming, saveTiming) = (timings[0], timings[1], timings[2], timings[3]);

        // 2a. A year of history for a Beryl just connected: the 365 days before, collected together (only what is exact
        // for past days), against one day's whole collection. Then those days are deleted again, so that the report and
        // the endpoints below read the one day as before.
        var pastDays = services.GetRequiredService<PastDaysCollector>();
        var year = Enumerable.Range(1, 365).Select(back => BenchDay.Day.AddDays(-back)).ToList();
        log.WriteLine($"Timing a year of history ({year[^1]:yyyy-MM-dd} to {year[0]:yyyy-MM-dd}, PastDaysCollector) against one day:");
        var backfill = (await Timing.MeasureInterleavedAsync(1, log,
            ("backfill, 365 days", options.Repetitions, () => pastDays.CollectAsync(year))))[0];
        await store.DeleteBeforeAsync(BenchDay.Day);

        // 2b. The same three on a copy with the optional indexes an admin may add (goals stay on Django's indexes alone).
        log.WriteLine("Timing again with Beryl.Dashboard/BerylData/Django/optional-indexes.sql applied:");
        var indexedTarget = await withOptionalIndexes(target);
        (double Collector, double Naive, double Floor) indexed;
        await using (var indexedServices = await BenchServices.CreateAsync(indexedTarget))
        {
            var indexedCollector = indexedServices.GetRequiredService<MetricsCollector>();
            var again = await Timing.MeasureInterleavedAsync(1, log,
                ("collector, optional indexes", close, () => indexedCollector.CollectAsync(BenchDay.Day)),
                ("naive baseline, optional indexes", options.Repetitions,
                    () => Task.FromResult(RunSql(indexedTarget, period, NaiveBaseline.Collect))),
                ("floor, optional indexes", close, () => Task.FromResult(RunSql(indexedTarget, period, Floor.Collect))));
            indexed = (again[0].Median, again[1].Median, again[2].Median);
        }

        // 3. Peak memory of one collection, each in a fresh process.
        log.WriteLine("Peak memory of one collection (child process each, VmHWM):");
        var memory = await MemoryProbe.MeasureAsync(target);
        var tenthMemory = await MemoryProbe.MeasureAsync(tenth);
        foreach (var (name, use) in new[] { ("full", memory), ("tenth", tenthMemory) })
            log.WriteLine($"  {name}: peak RSS {use.PeakRssMb:0.0} MB (RSS before collecting {use.RssBeforeBytes / 1048576.0:0.0} MB; " +
                          $"GC committed {use.ManagedCommittedBytes / 1048576.0:0.0} MB, allocated {use.AllocatedBytes / 1048576.0:0.0} MB)");

        // 4. The report over a year of snapshots.
        log.WriteLine($"Report with {ReportBench.StoredDays} days of snapshots stored:");
        var report = await ReportBench.RunAsync(target, options.Repetitions, log);
        log.WriteLine($"  {report.Statements} statements per report, {report.Alerts} alerts");

        // 5. The endpoints.
        var http = options.SkipHttp ? null : await RunHttpAsync(options, target, log);

        var ratios = new Ratios(
            collectorTiming.Median / floorTiming.Median,
            collectorTiming.Median / naiveTiming.Median,
            (double)memory.PeakRssBytes / tenthMemory.PeakRssBytes,
            report.Statements,
            http,
            backfill.Median / collectorTiming.Median);

        List<string> summary =
        [
            $"== Medians, {target.Engine} ({spec.FolderName}: {spec.Describe()}) ==",
            $"collector:        {Timing.Format(collectorTiming.Median)} (saving the snapshot alone: {Timing.Format(saveTiming.Median)})",
            $"naive baseline:   {Timing.Format(naiveTiming.Median)}",
            $"floor:            {Timing.Format(floorTiming.Median)}",
            $"peak memory:      {memory.PeakRssMb:0.0} MB (full), {tenthMemory.PeakRssMb:0.0} MB (tenth)",
            $"report:           {Timing.Format(report.Timing.Median)}",
            $"backfill:         {Timing.Format(backfill.Median)} for 365 days",
            $"with the optional indexes: collector {Timing.Format(indexed.Collector)}, naive {Timing.Format(indexed.Naive)}, " +
            $"floor {Timing.Format(indexed.Floor)} (collector/floor {indexed.Collector / indexed.Floor:0.00}, " +
            $"collector/naive {indexed.Collector / indexed.Naive:0.00})",
        ];
        if (http is not null)
            summary.AddRange(HttpSummary(http));
        return new EngineResult(target.Engine, ratios, summary);
    }

    private static async Task<HttpResults> RunHttpAsync(BenchOptions options, BenchTarget target, TextWriter log)
    {
        log.WriteLine($"HTTP: wrk -t{options.WrkThreads} -c{options.WrkConnections} -d{options.WrkSeconds}s --timeout {HttpBench.WrkTimeout} --latency " +
                      "on each endpoint in turn, same server, 127.0.0.1; any socket error, timeout or non-2xx/3xx fails the run:");
        return await HttpBench.RunAsync(target, options.WrkSeconds, options.WrkThreads, options.WrkConnections, log);
    }

    private static IEnumerable<string> HttpSummary(HttpResults http) =>
        new[] { ("metrics page:", http.Page), ("prometheus:", http.Prometheus), ("health:", http.Health) }
            .Select(e => $"{e.Item1,-17} {e.Item2.RequestsPerSecond:0} req/s, p50 {Timing.Format(e.Item2.P50Seconds)}, " +
                         $"p99 {Timing.Format(e.Item2.P99Seconds)}, {e.Item2.Requests:N0} requests, 0 errors");

    /// <summary>
    /// <c>--only-http</c>: the load run alone. The day is collected once first, so the endpoints serve its snapshot
    /// even on a dataset just built (a full run has collected it by the time it gets to HTTP).
    /// </summary>
    private static async Task<EngineResult> RunHttpOnlyAsync(BenchOptions options, DatasetSpec spec, BenchTarget target, TextWriter log)
    {
        log.WriteLine($"Collecting {BenchDay.Day:yyyy-MM-dd} once, for the endpoints to serve");
        await using (var services = await BenchServices.CreateAsync(target))
            await services.GetRequiredService<MetricsCollector>().CollectAsync(BenchDay.Day);
        var http = await RunHttpAsync(options, target, log);
        List<string> summary = [$"== wrk, {target.Engine}, {options.WrkSeconds} s and {options.WrkConnections} connections each " +
                                $"({spec.FolderName}: {spec.Describe()}) =="];
        summary.AddRange(HttpSummary(http));
        return new EngineResult(target.Engine, Ratios.HttpOnly(http), summary);
    }

    /// <summary>What <see cref="MetricsCollector"/> does after reading Beryl: replace the day's snapshot, apply retention.</summary>
    private static async Task SaveAgainAsync(SnapshotStore store, MetricSnapshot snapshot, BenchOptions options)
    {
        await store.SaveAsync(new MetricSnapshot
        {
            Day = snapshot.Day,
            CutOff = snapshot.CutOff,
            CollectedAt = snapshot.CollectedAt,
            DurationMs = snapshot.DurationMs,
            IsProvisional = snapshot.IsProvisional,
            Values = snapshot.Values.Select(v => new MetricValue { Key = v.Key, Label = v.Label, Value = v.Value }).ToList(),
        });
        await store.DeleteBeforeAsync(BenchDay.Day.AddDays(1 - options.RetentionDays()));
    }

    private static string SqliteVersion(string folder)
    {
        using var connection = BenchTarget.SqliteFolder(folder).OpenBeryl();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sqlite_version()";
        return (string)command.ExecuteScalar()!;
    }

    /// <summary>Runs raw SQL on a fresh (pooled) connection, as the collector gets one per collection.</summary>
    private static (MetricNumbers Numbers, int Statements) RunSql(BenchTarget target, CollectionPeriod period, Func<Sql, MetricNumbers> collect)
    {
        using var connection = target.OpenBeryl();
        var sql = new Sql(connection, period);
        return (collect(sql), sql.Statements);
    }
}

/// <summary>The seven figures other tools read, and the benchmark's goals; <c>prefix</c> names the engine ("sqlite ").</summary>
public sealed record Ratios(double? CollectorFloor, double? CollectorNaive, double? MemoryFullTenth, int? ReportStatements, HttpResults? Http,
    double? BackfillOneDay)
{
    /// <summary>The load run alone (<c>--only-http</c>): the other figures are not measured.</summary>
    public static Ratios HttpOnly(HttpResults http) => new(null, null, null, null, http, null);

    private bool HttpOnlyRun => CollectorFloor is null;

    public IEnumerable<string> Lines(string prefix)
    {
        if (!HttpOnlyRun)
        {
            yield return $"{prefix}ratio collector/floor: {F(CollectorFloor)}";
            yield return $"{prefix}ratio collector/naive: {F(CollectorNaive)}";
            yield return $"{prefix}ratio memory full/tenth: {F(MemoryFullTenth)}";
            yield return $"{prefix}report statements: {ReportStatements}";
        }
        yield return $"{prefix}ratio prometheus/health throughput: {F(Http?.Prometheus.RequestsPerSecond / Http?.Health.RequestsPerSecond)}";
        yield return $"{prefix}ratio page/health throughput: {F(Http?.Page.RequestsPerSecond / Http?.Health.RequestsPerSecond)}";
        if (!HttpOnlyRun)
            yield return $"{prefix}ratio backfill 365 days/one day: {F(BackfillOneDay)}";
    }

    /// <summary>The goals; the page's own (a fifth of /health's work) is set for SQLite, the embedded default.</summary>
    public IEnumerable<string> Goals(string prefix, bool pageGoal)
    {
        if (!HttpOnlyRun)
        {
            yield return Goal(prefix, "collector/floor <= 1.25", CollectorFloor <= 1.25);
            yield return Goal(prefix, "collector/naive <= 0.33", CollectorNaive <= 0.33);
            yield return Goal(prefix, "memory full/tenth <= 1.3", MemoryFullTenth <= 1.3);
            yield return Goal(prefix, "report statements <= 3", ReportStatements <= 3);
        }
        yield return Goal(prefix, "prometheus/health throughput >= 0.5", Http?.Prometheus.RequestsPerSecond / Http?.Health.RequestsPerSecond >= 0.5);
        if (pageGoal)
            yield return Goal(prefix, "page/health throughput >= 0.15", Http?.Page.RequestsPerSecond / Http?.Health.RequestsPerSecond >= 0.15);
        if (!HttpOnlyRun)
            yield return Goal(prefix, "backfill 365 days/one day <= 3", BackfillOneDay <= 3);
    }

    private string Goal(string prefix, string goal, bool met) =>
        Http is null && goal.Contains("throughput", StringComparison.Ordinal)
            ? $"goal {prefix}{goal}: not measured (--skip-http)"
            : $"goal {prefix}{goal}: {(met ? "met" : "MISSED")}";

    private static string F(double? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "n/a";
}
