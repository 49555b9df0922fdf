using System.Globalization;
using Beryl.Dashboard.Benchmark.Dataset;
using Beryl.Dashboard.Benchmark.Measure;
using Beryl.Dashboard.Benchmark.Queries;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Store;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Beryl.Dashboard.Benchmark;

/// <summary>
/// One benchmark run, on one dataset: the collector, the naive baseline and the floor (checked equal
/// first), peak memory against a tenth of the size, the report, and the HTTP endpoints under wrk (the load run of
/// the load run; <c>--only-http</c> runs it alone).
/// </summary>
public static class BenchRun
{
    public static async Task<int> RunAsync(BenchOptions options, TextWriter log)
    {
        log.WriteLine($"Beryl Dashboard benchmark ({(options.Quick ? "quick: a tenth of the size" : "full size")}" +
                      $"{(options.OnlyHttp ? ", HTTP only" : "")}), {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        var datasets = new BenchDatasets(options.BenchDir, log);
        var (folder, spec) = await datasets.EnsureAsync(options.Scale, options.Seed);
        if (options.OnlyHttp)
            return await RunHttpOnlyAsync(options, folder, spec, log);
        var (tenthFolder, tenthSpec) = await datasets.EnsureAsync(options.Scale / 10, options.Seed);

        await using var services = await BenchServices.CreateAsync(folder);
        var collector = services.GetRequiredService<MetricsCollector>();
        var store = services.GetRequiredService<SnapshotStore>();
        var calendar = services.GetRequiredService<BusinessCalendar>();
        var period = calendar.PeriodFor(BenchDay.Day, BenchDay.CollectionClock(calendar));
        var connectionString = BenchServices.BerylConnectionString(folder);
        log.WriteLine($"SQLite {SqliteVersion(connectionString)}, default page cache (the app's connection string: no pragmas)");
        log.WriteLine($"Collecting {BenchDay.Day:yyyy-MM-dd} (cut-off {period.CutOff:yyyy-MM-dd HH:mm} UTC) at {BenchDay.CollectionClock(calendar):yyyy-MM-dd HH:mm} UTC");

        // 1. The same numbers from all three, or no times at all.
        log.WriteLine("Checking that the collector, the naive baseline and the floor agree...");
        await collector.CollectAsync(BenchDay.Day);
        var collected = MetricNumbers.FromSnapshot((await store.LoadAsync([BenchDay.Day]))[BenchDay.Day]);
        var (naive, naiveStatements) = RunSql(connectionString, period, NaiveBaseline.Collect);
        var (floor, floorStatements) = RunSql(connectionString, period, Floor.Collect);
        var differences = MetricNumbers.Differences("collector", collected, "naive", naive)
            .Concat(MetricNumbers.Differences("collector", collected, "floor", floor)).ToList();
        if (differences.Count > 0)
            throw new BenchMismatchException("MISMATCH: the collector, the naive baseline and the floor disagree:\n  " + string.Join("\n  ", differences));
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
                () => Task.FromResult(RunSql(connectionString, period, NaiveBaseline.Collect))),
            ($"floor ({floorStatements} statements)", close, () => Task.FromResult(RunSql(connectionString, period, Floor.Collect))),
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
        var indexedFolder = OptionalIndexes.CopyWithIndexes(folder, log);
        var indexedConnection = BenchServices.BerylConnectionString(indexedFolder);
        (double Collector, double Naive, double Floor) indexed;
        await using (var indexedServices = await BenchServices.CreateAsync(indexedFolder))
        {
            var indexedCollector = indexedServices.GetRequiredService<MetricsCollector>();
            var again = await Timing.MeasureInterleavedAsync(1, log,
                ("collector, optional indexes", close, () => indexedCollector.CollectAsync(BenchDay.Day)),
                ("naive baseline, optional indexes", options.Repetitions,
                    () => Task.FromResult(RunSql(indexedConnection, period, NaiveBaseline.Collect))),
                ("floor, optional indexes", close, () => Task.FromResult(RunSql(indexedConnection, period, Floor.Collect))));
            indexed = (again[0].Median, again[1].Median, again[2].Median);
        }

        // 3. Peak memory of one collection, each in a fresh process.
        log.WriteLine("Peak memory of one collection (child process each, VmHWM):");
        var memory = await MemoryProbe.MeasureAsync(folder);
        var tenthMemory = await MemoryProbe.MeasureAsync(tenthFolder);
        foreach (var (name, use) in new[] { (spec.FolderName, memory), (tenthSpec.FolderName, tenthMemory) })
            log.WriteLine($"  {name}: peak RSS {use.PeakRssMb:0.0} MB (RSS before collecting {use.RssBeforeBytes / 1048576.0:0.0} MB; " +
                          $"GC committed {use.ManagedCommittedBytes / 1048576.0:0.0} MB, allocated {use.AllocatedBytes / 1048576.0:0.0} MB)");

        // 4. The report over a year of snapshots.
        log.WriteLine($"Report with {ReportBench.StoredDays} days of snapshots stored:");
        var report = await ReportBench.RunAsync(folder, options.Repetitions, log);
        log.WriteLine($"  {report.Statements} statements per report, {report.Alerts} alerts");

        // 5. The endpoints.
        var http = options.SkipHttp ? null : await RunHttpAsync(options, folder, log);

        var ratios = new Ratios(
            collectorTiming.Median / floorTiming.Median,
            collectorTiming.Median / naiveTiming.Median,
            (double)memory.PeakRssBytes / tenthMemory.PeakRssBytes,
            report.Statements,
            http,
            backfill.Median / collectorTiming.Median);

        log.WriteLine();
        log.WriteLine($"== Medians ({spec.FolderName}: {spec.Describe()}) ==");
        log.WriteLine($"collector:        {Timing.Format(collectorTiming.Median)} (saving the snapshot alone: {Timing.Format(saveTiming.Median)})");
        log.WriteLine($"naive baseline:   {Timing.Format(naiveTiming.Median)}");
        log.WriteLine($"floor:            {Timing.Format(floorTiming.Median)}");
        log.WriteLine($"peak memory:      {memory.PeakRssMb:0.0} MB ({spec.FolderName}), {tenthMemory.PeakRssMb:0.0} MB ({tenthSpec.FolderName})");
        log.WriteLine($"report:           {Timing.Format(report.Timing.Median)}");
        log.WriteLine($"backfill:         {Timing.Format(backfill.Median)} for 365 days");
        log.WriteLine($"with the optional indexes: collector {Timing.Format(indexed.Collector)}, naive {Timing.Format(indexed.Naive)}, " +
                      $"floor {Timing.Format(indexed.Floor)} (collector/floor {indexed.Collector / indexed.Floor:0.00}, " +
                      $"collector/naive {indexed.Collector / indexed.Naive:0.00})");
        if (http is not null)
            WriteHttpSummary(http, log);
        log.WriteLine();
        foreach (var line in ratios.Lines())
            log.WriteLine(line);
        log.WriteLine();
        foreach (var goal in ratios.Goals())
            log.WriteLine(goal);
        return 0;
    }

    private static async Task<HttpResults> RunHttpAsync(BenchOptions options, string folder, TextWriter log)
    {
        log.WriteLine($"HTTP: wrk -t{options.WrkThreads} -c{options.WrkConnections} -d{options.WrkSeconds}s --timeout {HttpBench.WrkTimeout} --latency " +
                      "on each endpoint in turn, same server, 127.0.0.1; any socket error, timeout or non-2xx/3xx fails the run:");
        return await HttpBench.RunAsync(folder, options.WrkSeconds, options.WrkThreads, options.WrkConnections, log);
    }

    private static void WriteHttpSummary(HttpResults http, TextWriter log)
    {
        foreach (var (name, r) in new[] { ("metrics page:", http.Page), ("prometheus:", http.Prometheus), ("health:", http.Health) })
            log.WriteLine($"{name,-17} {r.RequestsPerSecond:0} req/s, p50 {Timing.Format(r.P50Seconds)}, p99 {Timing.Format(r.P99Seconds)}, " +
                          $"{r.Requests:N0} requests, 0 errors");
    }

    /// <summary>
    /// <c>--only-http</c>: the load run alone. The day is collected once first, so the endpoints serve its snapshot
    /// even on a dataset just built (a full run has collected it by the time it gets to HTTP).
    /// </summary>
    private static async Task<int> RunHttpOnlyAsync(BenchOptions options, string folder, DatasetSpec spec, TextWriter log)
    {
        log.WriteLine($"Collecting {BenchDay.Day:yyyy-MM-dd} once, for the endpoints to serve");
        await using (var services = await BenchServices.CreateAsync(folder))
            await services.GetRequiredService<MetricsCollector>().CollectAsync(BenchDay.Day);
        var http = await RunHttpAsync(options, folder, log);

        log.WriteLine();
        log.WriteLine($"== wrk, {options.WrkSeconds} s and {options.WrkConnections} connections each ({spec.FolderName}: {spec.Describe()}) ==");
        WriteHttpSummary(http, log);
        log.WriteLine();
        foreach (var line in Ratios.HttpLines(http).Concat(Ratios.HttpGoals(http)))
            log.WriteLine(line);
        return 0;
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

    private static string SqliteVersion(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sqlite_version()";
        return (string)command.ExecuteScalar()!;
    }

    /// <summary>Runs raw SQL on a fresh (pooled) connection, as the collector gets one per collection.</summary>
    private static (MetricNumbers Numbers, int Statements) RunSql(string connectionString, CollectionPeriod period, Func<Sql, MetricNumbers> collect)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        var sql = new Sql(connection, period);
        return (collect(sql), sql.Statements);
    }
}

/// <summary>The seven figures other tools read, and the benchmark's goals.</summary>
public sealed record Ratios(double CollectorFloor, double CollectorNaive, double MemoryFullTenth, int ReportStatements, HttpResults? Http,
    double BackfillOneDay)
{
    public IEnumerable<string> Lines()
    {
        yield return $"ratio collector/floor: {F(CollectorFloor)}";
        yield return $"ratio collector/naive: {F(CollectorNaive)}";
        yield return $"ratio memory full/tenth: {F(MemoryFullTenth)}";
        yield return $"report statements: {ReportStatements}";
        foreach (var line in HttpLines(Http))
            yield return line;
        yield return $"ratio backfill 365 days/one day: {F(BackfillOneDay)}";
    }

    public IEnumerable<string> Goals()
    {
        yield return Goal("collector/floor <= 1.25", CollectorFloor <= 1.25);
        yield return Goal("collector/naive <= 0.33", CollectorNaive <= 0.33);
        yield return Goal("memory full/tenth <= 1.3", MemoryFullTenth <= 1.3);
        yield return Goal("report statements <= 3", ReportStatements <= 3);
        foreach (var goal in HttpGoals(Http))
            yield return goal;
        yield return Goal("backfill 365 days/one day <= 3", BackfillOneDay <= 3);
    }

    /// <summary>Prometheus and the signed-in page against /health, the cheapest endpoint, on the same server.</summary>
    public static IEnumerable<string> HttpLines(HttpResults? http)
    {
        yield return $"ratio prometheus/health throughput: {(http is null ? "n/a" : F(http.Prometheus.RequestsPerSecond / http.Health.RequestsPerSecond))}";
        yield return $"ratio page/health throughput: {(http is null ? "n/a" : F(http.Page.RequestsPerSecond / http.Health.RequestsPerSecond))}";
    }

    public static IEnumerable<string> HttpGoals(HttpResults? http)
    {
        const string prometheus = "prometheus/health throughput >= 0.5", page = "page/health throughput >= 0.15";
        if (http is null)
        {
            yield return $"goal {prometheus}: not measured (--skip-http)";
            yield return $"goal {page}: not measured (--skip-http)";
            yield break;
        }
        yield return Goal(prometheus, http.Prometheus.RequestsPerSecond / http.Health.RequestsPerSecond >= 0.5);
        yield return Goal(page, http.Page.RequestsPerSecond / http.Health.RequestsPerSecond >= 0.15);
    }

    private static string Goal(string goal, bool met) => $"goal {goal}: {(met ? "met" : "MISSED")}";

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
