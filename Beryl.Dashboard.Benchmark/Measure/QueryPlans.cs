using System.Data.Common;
using Beryl.Dashboard.Benchmark.Dataset;
using Beryl.Dashboard.BerylData;
using Beryl.Dashboard.Metrics;
using Beryl.Dashboard.Metrics.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Beryl.Dashboard.Benchmark.Measure;

/// <summary>Keeps the text and parameters of every statement EF Core sends, and how long each took.</summary>
public sealed class CommandRecorder : DbCommandInterceptor
{
    public sealed record Recorded(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters, TimeSpan Duration);

    private readonly List<Recorded> commands = [];

    public IReadOnlyList<Recorded> Commands => commands;

    public void Clear()
    {
        lock (commands)
            commands.Clear();
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
        CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command, TimeSpan duration)
    {
        lock (commands)
            commands.Add(new Recorded(command.CommandText,
                command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList(), duration));
    }
}

/// <summary>
/// <c>plans</c>: runs one collection on the main dataset, then prints every statement the collector sent to
/// Beryl's database with its plan (SQLite's EXPLAIN QUERY PLAN, PostgreSQL's EXPLAIN), the raw material of
/// docs/PERFORMANCE.md's index sections; on each engine asked for, each statement timed again on a copy with the
/// optional indexes, so the one that matters shows.
/// </summary>
/// <remarks>Each statement is timed again on its own, warm, to its last row (median of five).</remarks>
public static class QueryPlans
{
    public static async Task<int> RunAsync(BenchOptions options, TextWriter log)
    {
        var (folder, spec) = await new BenchDatasets(options.BenchDir, log).EnsureAsync(options.Scale, options.Seed);
        foreach (var engine in options.Engines)
        {
            if (engine == BenchTarget.Sqlite)
            {
                var target = BenchTarget.SqliteFolder(folder);
                await PlansAsync(target, BenchTarget.SqliteFolder(Dataset.OptionalIndexes.CopyWithIndexes(folder, log)), log);
                continue;
            }
            await using var postgres = await Postgres.PostgresBench.StartAsync(options.BenchDir, log);
            log.WriteLine($"== {postgres.Version} ==");
            var onPostgres = await postgres.TargetAsync(folder, spec);
            await PlansAsync(onPostgres, await postgres.WithOptionalIndexesAsync(onPostgres), log);
        }
        return 0;
    }

    private static async Task PlansAsync(BenchTarget target, BenchTarget indexed, TextWriter log)
    {
        var recorder = new CommandRecorder();
        var dashboard = new CommandRecorder();
        await using (var services = await BenchServices.CreateAsync(target, s =>
                     {
                         s.ConfigureDbContext<BerylDbContext>((_, o) => o.AddInterceptors(recorder), ServiceLifetime.Singleton);
                         s.ConfigureDbContext<PostgresBerylDbContext>((_, o) => o.AddInterceptors(recorder), ServiceLifetime.Singleton);
                         s.ConfigureDbContext<DashboardDbContext>((_, o) => o.AddInterceptors(dashboard), ServiceLifetime.Singleton);
                         s.ConfigureDbContext<PostgresDashboardDbContext>((_, o) => o.AddInterceptors(dashboard), ServiceLifetime.Singleton);
                     }))
        {
            var collector = services.GetRequiredService<MetricsCollector>();
            await collector.CollectAsync(BenchDay.Day);
            recorder.Clear();
            dashboard.Clear();
            var stopwatch = System.Diagnostics.Stopwatch.StartNew();
            await collector.CollectAsync(BenchDay.Day);
            log.WriteLine($"Second (warm) collection on {target.Engine}: {Timing.Format(stopwatch.Elapsed.TotalSeconds)}; " +
                          $"{recorder.Commands.Count} statements on Beryl ({Timing.Format(recorder.Commands.Sum(c => c.Duration.TotalSeconds))} to their first row), " +
                          $"{dashboard.Commands.Count} on the store ({Timing.Format(dashboard.Commands.Sum(c => c.Duration.TotalSeconds))})");
        }

        await using var connection = target.OpenBeryl();
        await using (var services = await BenchServices.CreateAsync(target))
        {
            var calendar = services.GetRequiredService<BusinessCalendar>();
            var period = calendar.PeriodFor(BenchDay.Day, BenchDay.CollectionClock(calendar));
            var collector = services.GetRequiredService<MetricsCollector>();
            var statements = recorder.Commands.Where(IsSelect).ToList();
            var floorLog = new List<List<(string Sql, double Seconds)>>();
            // Where the collector's time goes: the whole collection, its statements run raw, the floor; taking turns.
            await Timing.MeasureInterleavedAsync(1, log,
                ("collection (MetricsCollector.CollectAsync)", 7, () => collector.CollectAsync(BenchDay.Day)),
                ($"the collector's {statements.Count} SELECTs on Beryl, raw", 7, () =>
                {
                    foreach (var statement in statements)
                        TimeOnce(connection, statement);
                    return Task.CompletedTask;
                }),
                ("the floor", 7, () =>
                {
                    var sql = new Queries.Sql(connection, period);
                    Queries.Floor.Collect(sql);
                    floorLog.Add(sql.Log);
                    return Task.CompletedTask;
                }));
            log.WriteLine($"The floor's statements (medians of {floorLog.Count}):");
            for (var i = 0; i < floorLog[0].Count; i++)
            {
                var flat = string.Join(' ', floorLog[0][i].Sql.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
                log.WriteLine($"  {Timing.Format(Timing.MedianOf(floorLog.Select(l => l[i].Seconds).ToList())),10}  {flat[..Math.Min(110, flat.Length)]}");
            }
        }
        await using var indexedConnection = indexed.OpenBeryl();
        var n = 0;
        foreach (var command in recorder.Commands)
        {
            log.WriteLine($"-- statement {++n}: {Timing.Format(TimeAll(connection, command))} " +
                          $"(with the optional indexes {Timing.Format(TimeAll(indexedConnection, command))}; median of 5 runs to the last row)");
            log.WriteLine(command.Sql.Trim());
            foreach (var line in Plan(connection, command, target.IsPostgres))
                log.WriteLine("   " + line);
            log.WriteLine();
        }
    }

    /// <summary>The engine's plan of a statement, one line per step, indented by depth.</summary>
    private static IEnumerable<string> Plan(DbConnection connection, CommandRecorder.Recorded recorded, bool postgres)
    {
        if (!IsSelect(recorded))
            return ["(not a query: no plan)"];
        using var explain = Command(connection, recorded, (postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + recorded.Sql);
        using var reader = explain.ExecuteReader();
        var depth = new Dictionary<long, int>();
        var lines = new List<string>();
        while (reader.Read())
        {
            if (postgres)
            {
                lines.Add(reader.GetString(0));
                continue;
            }
            var (id, parent, detail) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetString(3));
            depth[id] = depth.GetValueOrDefault(parent, -1) + 1;
            lines.Add($"{new string(' ', 2 * depth[id])}{detail}");
        }
        return lines;
    }

    private static bool IsSelect(CommandRecorder.Recorded recorded) =>
        recorded.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase);

    /// <summary>Runs a recorded statement to its last row five times; the median.</summary>
    private static double TimeAll(DbConnection connection, CommandRecorder.Recorded recorded) =>
        IsSelect(recorded) ? Timing.MedianOf(Enumerable.Range(0, 5).Select(_ => TimeOnce(connection, recorded)).ToList()) : 0;

    private static double TimeOnce(DbConnection connection, CommandRecorder.Recorded recorded)
    {
        using var command = Command(connection, recorded, recorded.Sql);
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
            }
        return stopwatch.Elapsed.TotalSeconds;
    }

    private static DbCommand Command(DbConnection connection, CommandRecorder.Recorded recorded, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in recorded.Parameters)
            Queries.Sql.Bind(command, name, value);
        return command;
    }
}
